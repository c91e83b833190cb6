//! The server functions the browser's code calls (from islands) take their arguments as JSON.
//! Form encoding drops an argument that serialises to nothing (an empty list, a struct of
//! empty options): the server then answers 400 ("the form sent is incomplete"), a bug that a
//! hydrated page meets and a plain form post never does. JSON writes every argument, empty or
//! not. These tests encode each browser-called function's arguments, with empty values, as the
//! browser client does, and decode them as the server does; and show that form encoding would
//! have lost an empty argument.
#![allow(clippy::unwrap_used)]
use crate::comments::api::SetVote;
use crate::proposals::api::SimilarProposals;
use crate::supports::api::SetSupport;
use serde::{de::DeserializeOwned, Serialize};
use server_fn::codec::Json;
use server_fn::{Http, ServerFn};

/// Encodes like the browser client's JSON codec, decodes like the server's.
fn json_round_trip<T: Serialize + DeserializeOwned>(args: &T) -> Result<T, String> {
    let body = serde_json::to_string(args).map_err(|e| e.to_string())?;
    serde_json::from_str(&body).map_err(|e| format!("{body:?}: {e}"))
}

/// Encodes and decodes like the form codec (`PostUrl`).
fn form_round_trip<T: Serialize + DeserializeOwned>(args: &T) -> Result<T, String> {
    let body = serde_qs::to_string(args).map_err(|e| e.to_string())?;
    serde_qs::Config::new(5, false)
        .deserialize_str::<T>(&body)
        .map_err(|e| format!("{body:?}: {e}"))
}

/// Compiles only for a server function whose arguments travel as JSON.
fn takes_json<S: ServerFn<Protocol = Http<Json, Json>>>() {}

#[test]
fn browser_called_server_functions_take_json() {
    takes_json::<SetSupport>();
    takes_json::<SimilarProposals>();
    takes_json::<SetVote>();
}

#[test]
fn browser_called_server_functions_decode_empty_arguments() {
    for (id, support) in [("", false), ("6d616a6c-6973-0000-0000-000000001005", true)] {
        let back = json_round_trip(&SetSupport {
            id: id.into(),
            support,
        })
        .unwrap();
        assert_eq!((back.id.as_str(), back.support), (id, support));
    }
    for (id, value) in [("", 0), ("6d616a6c-6973-0000-0000-000000003100", -1)] {
        let back = json_round_trip(&SetVote {
            id: id.into(),
            value,
        })
        .unwrap();
        assert_eq!((back.id.as_str(), back.value), (id, value));
    }
    for (consultation, text) in [("", ""), ("x", "Un banc & une table = 2 ?")] {
        let back = json_round_trip(&SimilarProposals {
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

/// Why: an all-empty struct argument vanishes from a form body, but not from JSON.
#[test]
fn form_encoding_drops_an_empty_argument_json_does_not() {
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
    assert!(form_round_trip(&args).is_err());
    assert!(json_round_trip(&args).is_ok());
}
