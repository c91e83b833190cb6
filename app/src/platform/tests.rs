//! The operators' use-cases against an installation whose other municipalities are databases
//! of their own (the server's implementation is tested over HTTP; here a stand-in opens them).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use super::service::{self, Invitation, NewMunicipality};
use crate::authz::Actor;
use crate::domain::{Locale, Role};
use crate::error::{AppError, Refusal};
use crate::server::entities::{installation_municipalities, outbox, users};
use crate::server::installation::{Installation, Pending};
use crate::server::testing::{actor, caller, config, test_db, user};
use crate::server::Cx;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// Opens each municipality as a fresh test database, once.
#[derive(Default)]
struct Databases(Mutex<HashMap<Uuid, Cx>>);

impl Installation for Databases {
    fn open(&self, id: Uuid) -> Pending<'_, Cx> {
        Box::pin(async move {
            if let Some(cx) = self.0.lock().unwrap().get(&id) {
                return Ok(cx.clone());
            }
            let mut config = config();
            config.base_url = format!("https://{}.example.tn", &id.simple().to_string()[..6]);
            let cx = Cx::new(test_db().await, config);
            self.0.lock().unwrap().insert(id, cx.clone());
            Ok(cx)
        })
    }

    fn changed(&self) {}
}

async fn platform() -> (Cx, Arc<Databases>) {
    let databases = Arc::new(Databases::default());
    let mut cx = Cx::new(test_db().await, config());
    cx.installation = Some(databases.clone());
    (cx, databases)
}

/// The address of `actor`'s account.
async fn email_of(cx: &Cx, actor: Actor) -> String {
    users::Entity::find_by_id(actor.user_id().unwrap().0)
        .one(&cx.db)
        .await
        .unwrap()
        .unwrap()
        .email
}

fn input(host: &str) -> NewMunicipality<'_> {
    NewMunicipality {
        host,
        name_ar: "بلدية توزر",
        name_fr: "Commune de Tozeur",
        form_key: None,
    }
}

#[test]
fn host_names_are_checked_and_kept_in_lower_case() {
    assert_eq!(
        service::parse_host(" Tozeur.Majlis.TN. "),
        Ok("tozeur.majlis.tn".into())
    );
    assert_eq!(
        service::parse_host("xn--mgbh0fb.tn"),
        Ok("xn--mgbh0fb.tn".into())
    );
    for bad in [
        "tozeur",
        "-a.tn",
        "a-.tn",
        "a..tn",
        "a b.tn",
        "a_b.tn",
        "a.tn:3000",
        "تونس.tn",
    ] {
        assert_eq!(service::parse_host(bad), Err("host-invalid"), "{bad}");
    }
    assert_eq!(service::parse_host("  "), Err("required"));
    assert_eq!(
        service::parse_host(&format!("{}.tn", "a".repeat(64))),
        Err("host-invalid")
    );
    assert_eq!(
        service::address("http://127.0.0.1:3000", "sidi.localhost"),
        "http://sidi.localhost:3000"
    );
    assert_eq!(
        service::address("https://majlis.tn", "tozeur.majlis.tn"),
        "https://tozeur.majlis.tn"
    );
}

#[tokio::test]
async fn only_operators_create_and_the_rest_are_refused() {
    let (cx, _) = platform().await;
    let admin = actor(user(&cx.db, Role::Admin).await, Role::Admin);
    // An administrator is not an operator until the command line says so.
    assert_eq!(
        service::create(&cx, &caller(admin), input("tozeur.tn")).await,
        Err(AppError::Forbidden(Refusal::OperatorOnly))
    );
    let resident = actor(user(&cx.db, Role::Resident).await, Role::Resident);
    assert_eq!(
        service::list(&cx, &caller(resident), 1).await.map(|_| ()),
        Err(AppError::Forbidden(Refusal::OperatorOnly))
    );
    assert_eq!(
        service::list(&cx, &caller(Actor::Anonymous), 1)
            .await
            .map(|_| ()),
        Err(AppError::Unauthenticated)
    );
    let email = email_of(&cx, admin).await;
    service::grant_operator(&cx, &email).await.unwrap();
    // A resident cannot be made an operator.
    let resident_email = email_of(&cx, resident).await;
    assert_eq!(
        service::grant_operator(&cx, &resident_email).await,
        Err(AppError::Forbidden(Refusal::AdminOnly))
    );
    let id = service::create(&cx, &caller(admin), input("Tozeur.TN"))
        .await
        .unwrap();
    // The same host, or the installation's own: refused with the field named.
    for host in ["tozeur.tn", "majlis.test"] {
        match service::create(&cx, &caller(admin), input(host)).await {
            Err(AppError::Validation(list)) => {
                assert_eq!(
                    (list[0].field.as_str(), list[0].code.as_str()),
                    ("host", "host-taken"),
                    "{host}"
                )
            }
            other => panic!("{host}: {other:?}"),
        }
    }
    let page = service::list(&cx, &caller(admin), 1).await.unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.items[0].host, "tozeur.tn");
    assert_eq!(page.items[0].url, "http://tozeur.tn");
    // Suspended and resumed; a second click changes nothing.
    service::set_suspended(&cx, &caller(admin), id, true)
        .await
        .unwrap();
    service::set_suspended(&cx, &caller(admin), id, true)
        .await
        .unwrap();
    let row = installation_municipalities::Entity::find_by_id(id)
        .one(&cx.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.suspended_at.is_some());
    // A suspended municipality gets no invitation.
    let invitation = Invitation {
        email: "sonia@tozeur.tn",
        name: "Sonia",
        locale: Locale::Fr,
    };
    assert!(matches!(
        service::invite(&cx, &caller(admin), id, invitation).await,
        Err(AppError::Conflict(_))
    ));
    service::set_suspended(&cx, &caller(admin), id, false)
        .await
        .unwrap();
    // Another municipality's context (no installation in it) has no operators' pages.
    let elsewhere = Cx::new(cx.db.clone(), config());
    assert_eq!(
        service::list(&elsewhere, &caller(admin), 1)
            .await
            .map(|_| ()),
        Err(AppError::NotFound)
    );
}

#[tokio::test]
async fn the_invitation_makes_an_administrator_there_and_not_here() {
    let (cx, databases) = platform().await;
    let admin = actor(user(&cx.db, Role::Admin).await, Role::Admin);
    let email = email_of(&cx, admin).await;
    service::grant_operator(&cx, &email).await.unwrap();
    let id = service::create(&cx, &caller(admin), input("tozeur.tn"))
        .await
        .unwrap();
    let invitation = |email| Invitation {
        email,
        name: "Sonia Ben Ali",
        locale: Locale::Fr,
    };
    match service::invite(&cx, &caller(admin), id, invitation("not an email")).await {
        Err(AppError::Validation(list)) => assert_eq!(list[0].field, "email"),
        other => panic!("{other:?}"),
    }
    service::invite(&cx, &caller(admin), id, invitation("Sonia@Tozeur.tn"))
        .await
        .unwrap();
    let there = databases.0.lock().unwrap().get(&id).cloned().unwrap();
    let account = users::Entity::find()
        .filter(users::Column::Email.eq("sonia@tozeur.tn"))
        .one(&there.db)
        .await
        .unwrap()
        .expect("an account in the invited municipality");
    assert_eq!(account.role(), Role::Admin);
    let mail = outbox::Entity::find()
        .filter(outbox::Column::Recipient.eq("sonia@tozeur.tn"))
        .one(&there.db)
        .await
        .unwrap()
        .expect("the invitation waits in that municipality's outbox");
    assert!(
        mail.body
            .contains(&format!("{}/account/reset?token=", there.config.base_url)),
        "{}",
        mail.body
    );
    // Nothing of it in the installation's own database.
    assert_eq!(
        users::Entity::find()
            .filter(users::Column::Email.eq("sonia@tozeur.tn"))
            .count(&cx.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(outbox::Entity::find().count(&cx.db).await.unwrap(), 0);
    // An unknown municipality: not found.
    assert_eq!(
        service::invite(&cx, &caller(admin), Uuid::new_v4(), invitation("a@b.tn")).await,
        Err(AppError::NotFound)
    );
}
