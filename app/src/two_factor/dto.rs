use serde::{Deserialize, Serialize};

/// What the second-factor page asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum TwoFactorStep {
    /// First time: add the account to an authenticator app, then type one code.
    Enrol {
        /// The secret, grouped by four characters.
        secret: String,
        /// The QR code of the `otpauth://` address, as an SVG document drawn on the server.
        qr_svg: String,
    },
    /// Type the code the app shows now (or a recovery code).
    Verify,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TwoFactorPage {
    pub step: TwoFactorStep,
}
