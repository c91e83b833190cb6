//! The open data package: nothing personal in any of its files, small counts withheld, a bad
//! row reported without stopping the export, and `verify` catching every kind of tampering.
use crate::helpers::*;
use crate::participation::{
    consultation, proposal, supported_by_new_resident as supported, SUPPORTS_OPEN,
};
use app::domain::{Locale::Fr, Role};
use app::opendata::service::{self as opendata, Failure, Quiet, Scope};
use app::server::ledger::Tampering;
use sea_orm::{ActiveModelTrait, Set};
use std::io::{Cursor, Read, Write};
use uuid::Uuid;

/// The package of `app`'s default municipality, in memory.
async fn package(app: &TestApp) -> Vec<u8> {
    scoped(app, Scope::Municipality).await
}

/// The package of `scope`, in memory.
async fn scoped(app: &TestApp, scope: Scope) -> Vec<u8> {
    let cx = app.installation.default_tenant().cx().clone();
    let mut out = Cursor::new(Vec::new());
    opendata::export(&cx, &mut out, scope, &mut Quiet)
        .await
        .unwrap();
    out.into_inner()
}

/// Every file of a package: name → content.
fn files(zip: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().unwrap().to_string(), text)
        })
        .collect()
}

/// The package with `name`'s content changed by `edit`.
fn edited(zip: &[u8], name: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (n, text) in files(zip) {
        out.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        let text = if n == name { edit(&text) } else { text };
        out.write_all(text.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[tokio::test]
async fn no_file_of_the_package_holds_personal_data() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let author_id = app.user_id(&author).await;
    let p = proposal(&app, c, &author_id, "Un banc près de la fontaine").await;
    let mut emails = vec![author.clone()];
    let ids = ["11223344", "55667788", "99001122"];
    for id in ids {
        emails.push(supported(&app, p, id).await);
    }
    // A comment by a resident, and a registration at the door with a phone number.
    app::server::entities::comments::ActiveModel {
        id: Set(Uuid::new_v4()),
        target_type: Set("proposal".into()),
        target_id: Set(p),
        parent_id: Set(None),
        root_id: Set(None),
        depth: Set(0),
        author_id: Set(Uuid::parse_str(&author_id).unwrap()),
        alignment: Set(None),
        body: Set("Je confirme, il manque un banc.".into()),
        body_html: Set("<p>Je confirme, il manque un banc.</p>".into()),
        votes_up: Set(0),
        votes_down: Set(0),
        score: Set(0),
        replies_count: Set(0),
        edited_at: Set(None),
        deleted_at: Set(None),
        hidden: Set(None),
        hidden_reason: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let (meeting, _) = crate::meetings::create(&app, "10").await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    referent
        .submit(
            &format!("/meetings/{meeting}/door"),
            "/api/meetings/assist",
            &[
                ("id", &meeting.to_string()),
                ("name", "Fatma Ben Ali"),
                ("phone", "+216 71 123 456"),
            ],
        )
        .await
        .assert_has(&tr(Fr, "notice-assisted-confirmed"));
    app::transparency::service::jobs::publish_now(app.installation.default_tenant().cx())
        .await
        .unwrap();

    let zip = package(&app).await;
    let all = files(&zip);
    // Every table as CSV and JSON, the descriptor, the catalogue, the key and checkpoint.
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "datapackage.json",
        "catalog.jsonld",
        "transparency/key.txt",
        "transparency/checkpoint.txt",
        "data/proposals.csv",
        "data/proposals.json",
        "data/comments.csv",
        "data/public_acts.csv",
        "export-log.txt",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    let mut secrets: Vec<String> = emails.clone();
    for id in ids {
        secrets.push(id.to_string());
        secrets.push(app::server::identity::hash(
            IDENTITY_KEY.as_bytes(),
            &app::domain::NationalId::parse(id).unwrap(),
        ));
    }
    secrets.push("71 123 456".into());
    secrets.push("Fatma".into());
    secrets.push("Test Person".into());
    // Account ids would link a person's acts across consultations.
    for address in &emails {
        secrets.push(app.user_id(address).await);
    }
    for (name, text) in &all {
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{secret} found in {name}");
        }
    }
    // What is public is there: the proposal, its count, the comment under a pseudonym.
    let proposals = &all
        .iter()
        .find(|(n, _)| n == "data/proposals.csv")
        .unwrap()
        .1;
    assert!(proposals.contains("Un banc près de la fontaine"));
    let comments = &all
        .iter()
        .find(|(n, _)| n == "data/comments.csv")
        .unwrap()
        .1;
    assert!(comments.contains("il manque un banc"));
    assert!(comments.contains(",p-"), "{comments}");
    // Three supports in a day, the district's only ones: withheld (fewer than five), the same
    // in CSV and JSON.
    let cells = &all
        .iter()
        .find(|(n, _)| n == "data/supports_by_district_day.csv")
        .unwrap()
        .1;
    assert!(cells.lines().nth(1).unwrap().ends_with(",,true"), "{cells}");
    let json = &all
        .iter()
        .find(|(n, _)| n == "data/supports_by_district_day.json")
        .unwrap()
        .1;
    assert!(
        json.contains(r#"["district_id","from_day","to_day","supports","fewer_than_5"]"#),
        "{json}"
    );
    assert!(json.contains(r#",null,true]"#), "{json}");

    // And the package checks out.
    let v = opendata::verify(Cursor::new(&zip), None, None).unwrap();
    assert_eq!((v.entries, v.proposals, v.supports), (3, 1, 3));
}

#[tokio::test]
async fn verify_detects_an_edited_support_a_changed_count_and_a_rewritten_log() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(&app, c, &app.user_id(&author).await, "Des arbres").await;
    for id in ["10000001", "10000002", "10000003"] {
        supported(&app, p, id).await;
    }
    let cx = app.installation.default_tenant().cx().clone();
    app::transparency::service::jobs::publish_now(&cx)
        .await
        .unwrap();
    let kept = app::transparency::service::checkpoint_note(
        &cx,
        &app::server::Caller::of(app::authz::Actor::Anonymous),
        None,
    )
    .await
    .unwrap();
    let key = String::from_utf8(
        files(&package(&app).await)
            .into_iter()
            .find(|(n, _)| n == "transparency/key.txt")
            .unwrap()
            .1
            .into_bytes(),
    )
    .unwrap();
    supported(&app, p, "10000004").await;
    let zip = package(&app).await;
    let ok = opendata::verify(Cursor::new(&zip), Some(&key), Some(&kept)).unwrap();
    assert_eq!((ok.entries, ok.supports, ok.kept), (4, 4, Some(3)));

    // One support row edited (its pseudonym changed): the root no longer matches.
    let pseudonym_edit = edited(&zip, "data/public_acts.csv", |csv| {
        let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
        let fields: Vec<&str> = lines[2].split(',').collect();
        let changed = fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                if i == 5 {
                    "0".repeat(32)
                } else {
                    f.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(",");
        lines[2] = changed;
        lines.join("\n") + "\n"
    });
    assert!(matches!(
        opendata::verify(Cursor::new(&pseudonym_edit), Some(&key), None),
        Err(Failure::Log(Tampering::Root { .. }))
    ));
    // One support removed from the log: a gap.
    let removed = edited(&zip, "data/public_acts.csv", |csv| {
        let lines: Vec<&str> = csv.lines().collect();
        let mut kept: Vec<&str> = lines[..2].to_vec();
        kept.extend(&lines[3..]);
        kept.join("\n") + "\n"
    });
    assert!(matches!(
        opendata::verify(Cursor::new(&removed), Some(&key), None),
        Err(Failure::Log(Tampering::Gap { .. }))
    ));
    // A proposal's count inflated in the proposals file: it no longer adds up.
    let inflated = edited(&zip, "data/proposals.csv", |csv| {
        csv.replace(",published,4,", ",published,40,")
    });
    assert_eq!(
        opendata::verify(Cursor::new(&inflated), Some(&key), None),
        Err(Failure::Count {
            proposal: p.to_string(),
            published: 40,
            logged: 4
        })
    );
    // The whole log rewritten after the kept checkpoint (support 1 removed, the rest
    // renumbered, the tree and checkpoint re-signed by someone holding the real key): the
    // package agrees with itself, not with what a citizen kept.
    rewrite_without(&app, 1).await;
    app.exec("DELETE FROM public_checkpoints").await;
    app.exec("DELETE FROM supports WHERE created_at = (SELECT MIN(created_at) FROM supports)")
        .await;
    app.exec("UPDATE proposals SET supports_count = supports_count - 1")
        .await;
    app::transparency::service::jobs::publish_now(&cx)
        .await
        .unwrap();
    let rewritten = package(&app).await;
    let alone = opendata::verify(Cursor::new(&rewritten), Some(&key), None).unwrap();
    assert_eq!(alone.entries, 3);
    assert!(matches!(
        opendata::verify(Cursor::new(&rewritten), Some(&key), Some(&kept)),
        Err(Failure::Kept(Tampering::Root { size: 3 }))
    ));
    // A checkpoint signed with another key (a forged one) is refused.
    let forger = app::server::checkpoint::Signer::from_seed("forged/public-acts", &[9; 32]);
    assert!(matches!(
        opendata::verify(Cursor::new(&zip), Some(&forger.verifier_key()), None),
        Err(Failure::Log(Tampering::Signature))
    ));
    // Not a package at all: a clear error.
    assert!(matches!(
        opendata::verify(Cursor::new(b"not a zip".to_vec()), None, None),
        Err(Failure::Unreadable(_))
    ));
}

#[tokio::test]
async fn a_consultation_package_holds_its_consultation_only_and_proves_its_entries() {
    let app = spawn_app().await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let me = app.user_id(&author).await;
    let a = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let b = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let pa = proposal(&app, a, &me, "Un jardin partagé").await;
    let pb = proposal(&app, b, &me, "Une piste cyclable").await;
    // Interleaved: b's entries sit between a's in the log.
    supported(&app, pa, "30000001").await;
    supported(&app, pb, "30000002").await;
    supported(&app, pa, "30000003").await;
    supported(&app, pb, "30000004").await;
    supported(&app, pb, "30000005").await;
    supported(&app, pa, "30000006").await;
    let cx = app.installation.default_tenant().cx().clone();

    let zip = scoped(&app, Scope::Consultation(a)).await;
    let all = files(&zip);
    let file = |name: &str| all.iter().find(|(n, _)| n == name).unwrap().1.clone();
    let proposals = file("data/proposals.csv");
    assert!(proposals.contains("Un jardin partagé"));
    assert!(!proposals.contains("Une piste cyclable"));
    assert!(!file("data/consultations.csv").contains(&b.to_string()));
    let acts = file("data/public_acts.csv");
    assert_eq!(acts.lines().count(), 1 + 3, "{acts}");
    assert!(!acts.contains(&pb.to_string()));
    assert!(file("datapackage.json").contains(&format!("\"majlis:consultation\": \"{a}\"")));
    // Its 3 entries are proven part of the signed tree of all 6 (the export signs a
    // checkpoint of the whole log first), from this package alone.
    let v = opendata::verify(Cursor::new(&zip), None, None).unwrap();
    assert_eq!(
        (v.entries, v.checkpoint, v.proposals, v.supports),
        (3, 6, 1, 3)
    );
    assert_eq!(v.consultation, Some(a.to_string()));

    // An entry of a's edited: its proof no longer gives the signed root.
    let edit = edited(&zip, "data/public_acts.csv", |csv| {
        csv.replacen("support.given", "support.withdrawn", 1)
    });
    assert!(verify_fails(&edit), "edited entry");
    // An entry of a's removed: no longer the root either (the proof lacks its leaf).
    let removed = edited(&zip, "data/public_acts.csv", |csv| {
        let lines: Vec<&str> = csv.lines().collect();
        let mut kept = vec![lines[0]];
        kept.extend(&lines[2..]);
        kept.join("\n") + "\n"
    });
    assert!(matches!(
        opendata::verify(Cursor::new(&removed), None, None),
        Err(Failure::Log(Tampering::Root { size: 6 }))
    ));
    // A count inflated: it no longer adds up to the log.
    let inflated = edited(&zip, "data/proposals.csv", |csv| {
        csv.replace(",published,3,", ",published,30,")
    });
    assert!(matches!(
        opendata::verify(Cursor::new(&inflated), None, None),
        Err(Failure::Count {
            published: 30,
            logged: 3,
            ..
        })
    ));
    // A proof hash changed: refused.
    let proof = edited(&zip, "transparency/subset-proof.txt", |text| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let last = lines.len() - 1;
        lines[last] = "00".repeat(32);
        lines.join("\n") + "\n"
    });
    assert!(matches!(
        opendata::verify(Cursor::new(&proof), None, None),
        Err(Failure::Log(Tampering::Root { size: 6 }))
    ));
    // A kept checkpoint is checked against the municipality's package, which holds the log.
    assert!(matches!(
        opendata::verify(Cursor::new(&zip), None, Some("a kept checkpoint")),
        Err(Failure::Unreadable(_))
    ));
    // An unknown consultation has no package.
    let mut out = Cursor::new(Vec::new());
    assert!(matches!(
        opendata::export(
            &cx,
            &mut out,
            Scope::Consultation(Uuid::new_v4()),
            &mut Quiet
        )
        .await,
        Err(app::error::AppError::NotFound)
    ));
}

fn verify_fails(zip: &[u8]) -> bool {
    opendata::verify(Cursor::new(zip), None, None).is_err()
}

/// Removes entry `gone` from the log and renumbers and re-hashes every later one, as someone
/// holding the database would to hide it.
async fn rewrite_without(app: &TestApp, gone: i64) {
    use app::server::entities::public_acts;
    use app::server::ledger::{self, Published};
    use sea_orm::{EntityTrait, IntoActiveModel, QueryOrder};
    let mut rows = public_acts::Entity::find()
        .order_by_asc(public_acts::Column::Seq)
        .all(&app.db)
        .await
        .unwrap();
    public_acts::Entity::delete_many()
        .exec(&app.db)
        .await
        .unwrap();
    rows.retain(|r| r.seq != gone);
    for (i, r) in rows.iter().enumerate() {
        let mut e = Published::of(r);
        e.seq = i as u64;
        let mut m = r.clone().into_active_model();
        m.seq = Set(i as i64);
        m.leaf_hash = Set(ledger::hex(&e.leaf()));
        public_acts::Entity::insert(m)
            .exec_without_returning(&app.db)
            .await
            .unwrap();
    }
    app.exec(&format!("UPDATE public_log_head SET size = {}", rows.len()))
        .await;
}

#[tokio::test]
async fn a_bad_row_is_reported_and_the_export_goes_on() {
    let app = spawn_app().await;
    consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    app.exec("UPDATE consultation_phases SET kind = 'mystery' WHERE kind = 'proposals'")
        .await;
    let all = files(&package(&app).await);
    let log = &all.iter().find(|(n, _)| n == "export-log.txt").unwrap().1;
    assert!(log.contains("1 rows skipped"), "{log}");
    assert!(log.contains("unknown phase kind \"mystery\""), "{log}");
    let phases = &all.iter().find(|(n, _)| n == "data/phases.csv").unwrap().1;
    assert!(phases.contains(",supports,"));
    assert!(!phases.contains("mystery"));
}

#[tokio::test]
async fn an_administrator_makes_a_package_that_anyone_downloads() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(&app, c, &app.user_id(&author).await, "Un kiosque").await;
    supported(&app, p, "20000001").await;

    // No package yet: the page says so (Arabic and French), the download is a problem, not
    // a 500; the footer offers the page.
    let visitor = app.browser(Fr);
    let page = visitor.get("/open-data").await;
    assert_eq!(page.status, 200);
    page.assert_has(&tr(Fr, "opendata-none"));
    page.assert_lacks(&tr(Fr, "opendata-generate"));
    app.browser(app::domain::Locale::Ar)
        .get("/")
        .await
        .assert_has(&tr(app::domain::Locale::Ar, "footer-open-data"));
    let none = visitor.get("/open-data/package.zip").await;
    assert_eq!(none.status, 404);
    assert_eq!(
        none.headers["content-type"].to_str().unwrap(),
        "application/problem+json"
    );

    // A resident cannot start one: refused, nothing recorded.
    let resident = app.account(&email("resident"), Role::Resident).await;
    let refused = resident.call("/api/opendata/generate", &[]).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM open_data_packages").await,
        0
    );

    // While one is being made, the page shows its progress and refreshes itself; an
    // administrator asking for another is told one is on its way.
    let admin = app.account(&email("admin"), Role::Admin).await;
    let stuck = Uuid::new_v4();
    app::server::entities::open_data_packages::ActiveModel {
        id: Set(stuck),
        state: Set("running".into()),
        requested_by: Set(None),
        started_at: Set(chrono::Utc::now()),
        finished_at: Set(None),
        progress_table: Set("proposals".into()),
        progress_rows: Set(1000),
        rows: Set(0),
        bad_rows: Set(0),
        bytes: Set(0),
        consultation_id: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let busy = admin.get("/open-data").await;
    busy.assert_has(r#"http-equiv="refresh""#);
    busy.assert_has(&tr(Fr, "opendata-table-proposals"));
    let again = admin
        .submit("/open-data", "/api/opendata/generate", &[])
        .await;
    again.assert_has(&error_text(Fr, "conflict-export-running"));
    app.exec("DELETE FROM open_data_packages WHERE state = 'running'")
        .await;

    // The administrator starts one from the page (without JavaScript); it is made in the
    // background.
    admin
        .submit("/open-data", "/api/opendata/generate", &[])
        .await
        .assert_has(&tr(Fr, "notice-open-data-started"));
    let mut ready = false;
    for _ in 0..100 {
        // The municipality's package and the consultation's.
        if app
            .count("SELECT COUNT(*) FROM open_data_packages WHERE state = 'ready'")
            .await
            == 2
        {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(ready, "the package was made");
    let page = visitor.get("/open-data").await;
    page.assert_has(&tr(Fr, "opendata-download"));
    page.assert_has("/open-data/package.zip");
    page.assert_lacks(r#"http-equiv="refresh""#);

    // Anyone downloads it: a whole package that checks out.
    let zip = reqwest::Client::builder()
        .build()
        .unwrap()
        .get(format!("{}/open-data/package.zip", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(zip.status(), 200);
    assert!(zip.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"majlis-open-data-"));
    let bytes = zip.bytes().await.unwrap();
    let v = opendata::verify(Cursor::new(bytes.to_vec()), None, None).unwrap();
    assert_eq!((v.entries, v.supports, v.consultation), (1, 1, None));
    // The consultation's own package, offered on the page, downloads and checks out too; an
    // unknown or malformed consultation is a 404 problem.
    page.assert_has(&format!("/open-data/consultations/{c}/package.zip"));
    let theirs = reqwest::get(format!(
        "{}/open-data/consultations/{c}/package.zip",
        app.base
    ))
    .await
    .unwrap();
    assert_eq!(theirs.status(), 200);
    let v = opendata::verify(
        Cursor::new(theirs.bytes().await.unwrap().to_vec()),
        None,
        None,
    )
    .unwrap();
    assert_eq!(
        (v.entries, v.supports, v.consultation),
        (1, 1, Some(c.to_string()))
    );
    for missing in [Uuid::new_v4().to_string(), "nope".to_string()] {
        let r = visitor
            .get(&format!("/open-data/consultations/{missing}/package.zip"))
            .await;
        assert_eq!(r.status, 404, "{missing}");
    }
    // The catalogue a national portal harvests points at it.
    let catalogue: serde_json::Value =
        serde_json::from_str(&visitor.get("/open-data/catalog.jsonld").await.body).unwrap();
    assert_eq!(catalogue["@type"], "dcat:Catalog");
    assert_eq!(catalogue["dcat:dataset"].as_array().unwrap().len(), 2);
    assert!(
        catalogue["dcat:dataset"][0]["dcat:distribution"][0]["dcat:downloadURL"]["@id"]
            .as_str()
            .unwrap()
            .ends_with("/open-data/package.zip")
    );

    // The daily job makes one a day, once, however many times the scheduler asks.
    let cx = app.installation.default_tenant().cx().clone();
    assert!(app::opendata::service::jobs::daily(&cx)
        .await
        .unwrap()
        .is_some());
    assert!(app::opendata::service::jobs::daily(&cx)
        .await
        .unwrap()
        .is_none());
}
