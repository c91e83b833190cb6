#![recursion_limit = "256"]
use clap::{Parser, Subcommand};

// A page allocates and frees thousands of small strings and nodes; under load on two cores,
// glibc's allocator took a sixth of the time (its arenas' locks and consolidation).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use server::config::Config;
use std::process::ExitCode;

/// Majlis: citizen participation for municipalities.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve (the default).
    Serve {
        /// Load the demo municipality and accounts first.
        #[arg(long)]
        seed_demo: bool,
    },
    /// Bring every municipality's database schema up to date, then exit.
    Migrate,
    /// The installation's other municipalities (each at its own host name).
    Municipality {
        #[command(subcommand)]
        action: MunicipalityCommand,
    },
    /// The installation's operators (administrators of the default municipality who create
    /// and suspend the others, on its `/platform` page).
    Operator {
        #[command(subcommand)]
        action: OperatorCommand,
    },
    /// Create an administrator, or make an existing account one.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Read from MAJLIS_ADMIN_PASSWORD if not given.
        #[arg(long, env = "MAJLIS_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
        /// In the installation's municipality at this host name (default: the default one).
        #[arg(long)]
        host: Option<String>,
    },
    /// Load the demo municipality and one account per role (idempotent).
    SeedDemo,
    /// Load the demo, then a large one for benchmarks: residents, proposals and supports in
    /// consultations open for support, debates with comments and votes in one consultation in
    /// its debate phase (skipped if already loaded).
    SeedLarge {
        #[arg(long, default_value_t = 100_000)]
        proposals: u64,
        #[arg(long, default_value_t = 1_000_000)]
        supports: u64,
        #[arg(long, default_value_t = 10)]
        consultations: u64,
        #[arg(long, default_value_t = 20_000)]
        residents: u64,
        /// Debates, in one more consultation (in its debate phase).
        #[arg(long, default_value_t = 100)]
        debates: u64,
        /// Comments on the debates in all: the first debate has 1,000 of them, the others
        /// share the rest.
        #[arg(long, default_value_t = 100_000)]
        comments: u64,
        /// Public meetings (half upcoming, half past; the first one full, with a waitlist).
        #[arg(long, default_value_t = 200)]
        meetings: u64,
        /// Registrations to the meetings in all.
        #[arg(long, default_value_t = 20_000)]
        registrations: u64,
        /// Published documents (a third with a second version).
        #[arg(long, default_value_t = 5_000)]
        documents: u64,
        /// Administrative procedures (every other one online).
        #[arg(long, default_value_t = 60)]
        procedures: u64,
        /// Requests residents follow, over two years (a fifth for the first procedure).
        #[arg(long, default_value_t = 100_000)]
        requests: u64,
        /// Municipalities sharing these figures: the default one and N-1 more (at
        /// m2.localhost, m3.localhost…), each with the demo and its share of the large demo.
        #[arg(long, default_value_t = 1)]
        municipalities: u64,
    },
    /// Write the open data package (a Frictionless Data Package, ZIP) of a municipality to FILE,
    /// with a progress bar.
    Export {
        #[arg(long)]
        out: std::path::PathBuf,
        /// The installation's municipality at this host name (default: the default one).
        #[arg(long)]
        host: Option<String>,
        /// Only this consultation (its id): its data, its entries of the log and their proof.
        #[arg(long)]
        consultation: Option<uuid::Uuid>,
    },
    /// Check an open data package from its content alone: every entry of the log of public
    /// acts, its signed checkpoints, every proposal's support count and, with --checkpoint,
    /// consistency with a checkpoint kept from earlier. Exits non-zero if anything differs.
    Verify {
        /// The package (ZIP).
        package: std::path::PathBuf,
        /// A signed checkpoint kept from earlier (the text of /transparency/checkpoint).
        #[arg(long)]
        checkpoint: Option<std::path::PathBuf>,
        /// The log's public key as the municipality publishes it (/transparency/key); without
        /// it, the key inside the package (which only shows the package agrees with itself).
        #[arg(long)]
        key: Option<String>,
    },
    /// Benchmark of the feedback workflow on a fresh database: publish an outcome to N
    /// followers, fan it out, deliver every email to the SMTP server given.
    BenchNotices {
        #[arg(long, default_value_t = 10_000)]
        followers: usize,
        /// The SMTP server that receives the emails (a local sink: maildev).
        #[arg(long)]
        smtp: String,
    },
}

#[derive(Subcommand)]
enum MunicipalityCommand {
    /// Create a municipality reached at HOST (its database is created and migrated).
    Create {
        /// Its host name, e.g. laouaha.majlis.tn.
        #[arg(long)]
        host: String,
        #[arg(long)]
        name_ar: String,
        #[arg(long)]
        name_fr: String,
    },
    /// List the municipalities with their state and activity.
    List,
    /// Suspend the municipality at HOST: its address shows a page saying so; nothing is deleted.
    Suspend {
        #[arg(long)]
        host: String,
    },
    /// Open the suspended municipality at HOST again.
    Resume {
        #[arg(long)]
        host: String,
    },
}

#[derive(Subcommand)]
enum OperatorCommand {
    /// Make the default municipality's administrator at EMAIL an operator.
    Grant {
        #[arg(long)]
        email: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let config = Config::from_env();
    match run(
        cli.command.unwrap_or(Command::Serve { seed_demo: false }),
        config,
    )
    .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> Result<(), String> {
    match command {
        Command::Migrate => {
            let installation = open_installation(&config).await?;
            let n = installation
                .migrate_all()
                .await
                .map_err(|e| e.to_string())?;
            println!("database is up to date ({n} municipalities)");
        }
        Command::Municipality { action } => municipality(&config, action).await?,
        Command::Operator {
            action: OperatorCommand::Grant { email },
        } => {
            let installation = open_installation(&config).await?;
            app::platform::service::grant_operator(installation.default_tenant().cx(), &email)
                .await
                .map_err(explain)?;
            println!("{email} operates the installation");
        }
        Command::CreateAdmin {
            email,
            name,
            password,
            host,
        } => create_admin(&config, &email, &name, &password, host.as_deref()).await?,
        Command::Export {
            out,
            host,
            consultation,
        } => export(&config, &out, host.as_deref(), consultation).await?,
        Command::Verify {
            package,
            checkpoint,
            key,
        } => verify(&package, checkpoint.as_deref(), key.as_deref())?,
        Command::SeedDemo => {
            let db = server::connect(&config).await.map_err(|e| e.to_string())?;
            server::seed::seed_demo(&db)
                .await
                .map_err(|e| e.to_string())?;
            println!("demo content loaded");
        }
        Command::SeedLarge {
            proposals,
            supports,
            consultations,
            residents,
            debates,
            comments,
            meetings,
            registrations,
            documents,
            procedures,
            requests,
            municipalities,
        } => {
            let sizes = server::seed_large::Sizes {
                proposals,
                supports,
                consultations,
                residents,
                debates,
                comments,
                meetings,
                registrations,
                documents,
                procedures,
                requests,
            };
            seed_large(&config, sizes, municipalities.max(1)).await?;
        }
        Command::BenchNotices { followers, smtp } => {
            bench_notices(&config, followers, &smtp).await?
        }
        Command::Serve { seed_demo } => serve(config, seed_demo).await?,
    }
    Ok(())
}

/// An error of a use-case as the command line says it.
fn explain(e: app::error::AppError) -> String {
    match e {
        app::error::AppError::Validation(list) => list
            .iter()
            .map(|f| {
                let text = app::i18n::tr(app::domain::Locale::En, &format!("error-{}", f.code));
                format!("{}: {} ({text})", f.field, f.code)
            })
            .collect::<Vec<_>>()
            .join("\n"),
        app::error::AppError::NotFound => "not found".into(),
        other => other.to_string(),
    }
}

/// The installation, to act on from the command line (nothing is served).
async fn open_installation(
    config: &Config,
) -> Result<std::sync::Arc<server::installation::Installation>, String> {
    let db = server::connect(config).await.map_err(|e| e.to_string())?;
    server::installation(config, db, None)
        .await
        .map_err(|e| e.to_string())
}

/// `municipality create|list|suspend|resume`.
async fn municipality(config: &Config, action: MunicipalityCommand) -> Result<(), String> {
    use app::platform::service as platform;
    let installation = open_installation(config).await?;
    let cx = installation.default_tenant().cx();
    match action {
        MunicipalityCommand::Create {
            host,
            name_ar,
            name_fr,
        } => {
            let input = platform::NewMunicipality {
                host: &host,
                name_ar: &name_ar,
                name_fr: &name_fr,
                form_key: None,
            };
            platform::create_from_command_line(cx, input)
                .await
                .map_err(explain)?;
            println!(
                "{} created: {} (point its DNS and TLS certificate at this server; invite its administrator from /platform)",
                host.trim().to_ascii_lowercase(),
                platform::address(&cx.config.base_url, &host.trim().to_ascii_lowercase())
            );
        }
        MunicipalityCommand::List => {
            server::installation::count_activity(&installation).await;
            for m in server::installation::registry_rows(&installation)
                .await
                .map_err(|e| e.to_string())?
            {
                println!(
                    "{}\t{}\t{} | {}\taccounts={} consultations={} proposals={} supports={}",
                    m.host,
                    if m.suspended_at.is_some() {
                        "suspended"
                    } else {
                        "open"
                    },
                    m.name_ar,
                    m.name_fr,
                    m.accounts,
                    m.consultations,
                    m.proposals,
                    m.supports
                );
            }
        }
        MunicipalityCommand::Suspend { host } => {
            platform::set_suspended_from_command_line(cx, &host, true)
                .await
                .map_err(explain)?;
            println!("{host} is suspended");
        }
        MunicipalityCommand::Resume { host } => {
            platform::set_suspended_from_command_line(cx, &host, false)
                .await
                .map_err(explain)?;
            println!("{host} is open again");
        }
    }
    Ok(())
}

/// `create-admin`: the account, made an administrator (its unreadable second factor dropped).
async fn create_admin(
    config: &Config,
    email: &str,
    name: &str,
    password: &str,
    host: Option<&str>,
) -> Result<(), String> {
    let db = match host {
        None => server::connect(config).await.map_err(|e| e.to_string())?,
        Some(host) => {
            let installation = open_installation(config).await?;
            let host =
                app::platform::service::parse_host(host).map_err(|code| format!("host: {code}"))?;
            let m = server::installation::registry_rows(&installation)
                .await
                .map_err(|e| e.to_string())?
                .into_iter()
                .find(|m| m.host == host)
                .ok_or_else(|| format!("no municipality at {host} (server municipality list)"))?;
            let tenant = installation.open(m.id).await.map_err(|e| e.to_string())?;
            tenant.cx().db.clone()
        }
    };
    let id = app::accounts::service::ensure_account(
        &db,
        name,
        email,
        password,
        app::domain::Role::Admin,
        app::domain::Locale::Ar,
    )
    .await
    .map_err(explain)?;
    println!("{email} is an administrator");
    // A second factor sealed under a key this server no longer has can never be
    // checked: the administrator sets up a new one at their next login.
    let key = app::server::identity::load_key(&db, config.identity_key.as_deref())
        .await
        .map_err(|e| e.to_string())?;
    if app::two_factor::service::forget_unreadable(&db, &key, id)
        .await
        .map_err(|e| e.to_string())?
    {
        println!("{email}'s second factor could not be read with this server's key (MAJLIS_IDENTITY_KEY): they set up a new one at their next login");
    }
    Ok(())
}

/// `seed-large`: the demo, then the large demo on top; with `--municipalities N`, the figures
/// shared among the default municipality and N-1 more.
async fn seed_large(
    config: &Config,
    sizes: server::seed_large::Sizes,
    municipalities: u64,
) -> Result<(), String> {
    let started = std::time::Instant::now();
    // Each municipality's share (none stays none: `--debates 0` means no debates anywhere).
    let share = |n: u64| {
        if n == 0 {
            0
        } else {
            (n / municipalities).max(1)
        }
    };
    let sizes = server::seed_large::Sizes {
        proposals: share(sizes.proposals),
        supports: share(sizes.supports),
        consultations: share(sizes.consultations),
        residents: share(sizes.residents),
        debates: share(sizes.debates),
        comments: share(sizes.comments),
        meetings: share(sizes.meetings),
        registrations: share(sizes.registrations),
        documents: share(sizes.documents),
        procedures: sizes.procedures,
        requests: share(sizes.requests),
    };
    let installation = open_installation(config).await?;
    let mut dbs = vec![installation.default_tenant().cx().db.clone()];
    for n in 2..=municipalities {
        let host = format!("m{n}.localhost");
        let tenant = match server::installation::registry_rows(&installation)
            .await
            .map_err(|e| e.to_string())?
            .into_iter()
            .find(|m| m.host == host)
        {
            Some(m) => m.id,
            None => app::platform::service::create_from_command_line(
                installation.default_tenant().cx(),
                app::platform::service::NewMunicipality {
                    host: &host,
                    name_ar: &format!("بلدية رقم {n}"),
                    name_fr: &format!("Commune n° {n}"),
                    form_key: None,
                },
            )
            .await
            .map_err(explain)?,
        };
        let tenant = installation.open(tenant).await.map_err(|e| e.to_string())?;
        dbs.push(tenant.cx().db.clone());
    }
    for (i, db) in dbs.iter().enumerate() {
        server::seed::seed_demo(db)
            .await
            .map_err(|e| e.to_string())?;
        if i > 0 {
            server::seed::name_municipality(
                db,
                &format!("بلدية رقم {}", i + 1),
                &format!("Commune n° {}", i + 1),
            )
            .await
            .map_err(|e| e.to_string())?;
        }
        match server::seed_large::seed_large(db, config, sizes).await? {
            server::seed_large::Outcome::AlreadyLoaded => {
                println!("municipality {}: the large demo is already loaded", i + 1);
            }
            server::seed_large::Outcome::Loaded => println!(
                "municipality {}: large demo loaded ({:.1} s so far; residents log in as {} with the demo password)",
                i + 1,
                started.elapsed().as_secs_f64(),
                server::seed_large::resident_email(1)
            ),
        }
    }
    server::installation::count_activity(&installation).await;
    Ok(())
}

/// `bench-notices`: the notices benchmark, its figures one per line.
async fn bench_notices(config: &Config, followers: usize, smtp: &str) -> Result<(), String> {
    let db = server::connect(config).await.map_err(|e| e.to_string())?;
    let r = server::bench_notices::run(&db, config, smtp, followers).await?;
    println!("followers={}", r.followers);
    println!("publish_ms={:.1}", r.publish_ms);
    println!("events_written={}", r.events);
    println!("rows_per_follower_at_publish={}", r.rows_at_publish);
    println!("fan_out_s={:.2}", r.fan_out_s);
    println!("notifications={}", r.notifications);
    println!("emails={}", r.emails);
    println!("delivery_s={:.2}", r.delivery_s);
    println!(
        "emails_per_s={:.0}",
        r.emails as f64 / r.delivery_s.max(0.001)
    );
    Ok(())
}

/// `serve` (with the demo when asked) until stopped.
async fn serve(config: Config, seed_demo: bool) -> Result<(), String> {
    if seed_demo {
        let db = server::connect(&config).await.map_err(|e| e.to_string())?;
        server::seed::seed_demo(&db)
            .await
            .map_err(|e| e.to_string())?;
        tracing::info!(
            "demo accounts: {} (password {})",
            server::seed::DEMO_ACCOUNTS.map(|a| a.0).join(", "),
            server::seed::DEMO_PASSWORD
        );
        for (email, _, role) in server::seed::DEMO_ACCOUNTS {
            if role.is_staff() {
                tracing::info!(
                    "second factor of {email}: add the key {} to an authenticator app (README: Demo accounts)",
                    server::seed::demo_totp_secret(role)
                );
            }
        }
    }
    if config.smtp_url.is_none() {
        tracing::info!("no MAJLIS_SMTP_URL: emails wait in the outbox (staff → outbox)");
    }
    let running = server::start(config).await.map_err(|e| e.to_string())?;
    tracing::info!("Majlis listening on http://{}", running.addr);
    tokio::select! {
        _ = running.handle => {}
        _ = tokio::signal::ctrl_c() => tracing::info!("stopping"),
    }
    Ok(())
}

/// The context of the municipality at `host` (the default one without).
async fn tenant_of(
    config: &Config,
    host: Option<&str>,
) -> Result<std::sync::Arc<server::installation::Tenant>, String> {
    let installation = open_installation(config).await?;
    let Some(host) = host else {
        return Ok(installation.default_tenant().clone());
    };
    let host = app::platform::service::parse_host(host).map_err(|code| format!("host: {code}"))?;
    let m = server::installation::registry_rows(&installation)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|m| m.host == host)
        .ok_or_else(|| format!("no municipality at {host} (server municipality list)"))?;
    installation.open(m.id).await.map_err(|e| e.to_string())
}

/// A progress bar per table of the package.
struct Bar(indicatif::ProgressBar);

impl app::opendata::service::Progress for Bar {
    fn table(&mut self, name: &'static str, index: usize, count: usize) {
        self.0.set_message(format!("{}/{count} {name}", index + 1));
        self.0.set_position(0);
    }
    fn rows(&mut self, written: u64) {
        self.0.set_position(written);
    }
}

async fn export(
    config: &Config,
    out: &std::path::Path,
    host: Option<&str>,
    consultation: Option<uuid::Uuid>,
) -> Result<(), String> {
    let tenant = tenant_of(config, host).await?;
    // Written beside the destination, then renamed: a reader never sees half a package.
    let partial = out.with_extension("partial");
    let file =
        std::fs::File::create(&partial).map_err(|e| format!("{}: {e}", partial.display()))?;
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {msg:32} {human_pos} rows",
        )
        .map_err(|e| e.to_string())?,
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    let mut progress = Bar(bar);
    let scope = consultation.map_or(app::opendata::service::Scope::Municipality, |c| {
        app::opendata::service::Scope::Consultation(c)
    });
    let summary = app::opendata::service::export(
        tenant.cx(),
        std::io::BufWriter::new(file),
        scope,
        &mut progress,
    )
    .await
    .map_err(explain)?;
    progress.0.finish_and_clear();
    std::fs::rename(&partial, out).map_err(|e| e.to_string())?;
    let rows: u64 = summary.rows.iter().map(|(_, n)| n).sum();
    println!(
        "{}: {} tables, {rows} rows, {} rows skipped (see export-log.txt)",
        out.display(),
        summary.rows.len(),
        summary.bad
    );
    Ok(())
}

fn verify(
    package: &std::path::Path,
    checkpoint: Option<&std::path::Path>,
    key: Option<&str>,
) -> Result<(), String> {
    let file = std::fs::File::open(package).map_err(|e| format!("{}: {e}", package.display()))?;
    let kept = checkpoint
        .map(|p| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display())))
        .transpose()?;
    let v = app::opendata::service::verify(std::io::BufReader::new(file), key, kept.as_deref())
        .map_err(|f| f.to_string())?;
    match &v.consultation {
        None => println!(
            "ok: {} entries of the log recomputed; {} signed checkpoints match (latest: {} entries); \
             {} proposals' counts ({} supports) equal the log's",
            v.entries, v.checkpoints, v.checkpoint, v.proposals, v.supports
        ),
        Some(c) => println!(
            "ok: consultation {c}: its {} entries of the log recomputed and proven part of the \
             signed tree of {} entries; {} signed checkpoints; {} proposals' counts ({} supports) \
             equal the log's",
            v.entries, v.checkpoint, v.checkpoints, v.proposals, v.supports
        ),
    }
    if let Some(size) = v.kept {
        println!("ok: the log extends the checkpoint you kept ({size} entries): nothing removed or changed");
    }
    if key.is_none() {
        println!("note: checked with the key inside the package; pass --key with the key the municipality publishes");
    }
    Ok(())
}
