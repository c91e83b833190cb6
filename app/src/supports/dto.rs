use serde::{Deserialize, Serialize};

/// What a support button shows after a click, worded on the server in the reader's language
/// (the browser carries no translations).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportOutcome {
    /// The viewer's identity supports the proposal now.
    pub supported: bool,
    /// "12 supports", in the reader's language and plural form.
    pub count: String,
    /// "2 of your 3 supports left", when the consultation limits them.
    pub left: Option<String>,
}
