//! The server functions the browser's code calls (from islands) must decode whatever their
//! arguments are, empty ones included: an argument that serialises to nothing (an empty list,
//! a struct of empty options) is absent from the posted form, and the server then answers 400
//! ("the form sent is incomplete"), a bug a hydrated page meets and a plain form post never
//! does. So these endpoints take only plain strings, and this test encodes each one's
//! arguments, with empty values, exactly as the browser client does, and decodes them as the
//! server does.
#![allow(clippy::unwrap_used)]
use crate::proposals::api::SimilarProposals;
use crate::supports::api::{SupportProposal, UnsupportProposal};
use serde::{de::DeserializeOwned, Serialize};

/// Encodes like the browser client (`PostUrl`), decodes like the server.
fn round_trip<T: Serialize + DeserializeOwned>(args: &T) -> Result<T, String> {
    let body = serde_qs::to_string(args).map_err(|e| e.to_string())?;
    serde_qs::Config::new(5, false)
        .deserialize_str::<T>(&body)
        .map_err(|e| format!("{body:?}: {e}"))
}

#[test]
fn browser_called_server_functions_decode_empty_arguments() {
    for id in ["", "6d616a6c-6973-0000-0000-000000001005"] {
        let back = round_trip(&SupportProposal { id: id.into() }).unwrap();
        assert_eq!(back.id, id);
        let back = round_trip(&UnsupportProposal { id: id.into() }).unwrap();
        assert_eq!(back.id, id);
    }
    for (consultation, text) in [("", ""), ("x", "Un banc & une table = 2 ?")] {
        let back = round_trip(&SimilarProposals {
            consultation: consultation.into(),
            text: text.into(),
        })
        .unwrap();
        assert_eq!(
            (back.consultation.as_str(), back.text.as_str()),
            (consultation, text)
        );
    }
}

/// The test above can fail: a struct argument whose fields are all empty vanishes from the
/// form, which is exactly the bug it guards against.
#[test]
fn an_all_empty_struct_argument_would_vanish() {
    #[derive(serde::Serialize, serde::Deserialize, Default)]
    struct Query {
        q: Option<String>,
        page: Option<u64>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Args {
        consultation: String,
        query: Query,
    }
    let args = Args {
        consultation: "c".into(),
        query: Query::default(),
    };
    assert!(round_trip(&args).is_err());
}
