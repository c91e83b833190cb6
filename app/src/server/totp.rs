//! TOTP (RFC 6238: SHA-1, six digits, 30-second steps, one step of clock drift either way),
//! with totp-rs; QR codes as SVG with qrcode (drawn on the server, no script needed); recovery
//! codes. The callers store the last accepted step, so that a code works once.
//!
//! What the database keeps is useless without the server's key ([`FactorKeys`]): the secrets
//! are encrypted, the recovery codes hashed with a key.
use crate::error::AppError;
use base64ct::{Base64UrlUnpadded, Encoding};
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use totp_rs::{Algorithm, Builder, Secret, Totp};
use uuid::Uuid;

/// Seconds per code.
pub const STEP: u64 = 30;
/// Recovery codes given at enrolment.
pub const RECOVERY_CODES: usize = 10;

fn totp(secret: &str, account: &str) -> Result<Totp, AppError> {
    let secret = Secret::try_from_base32(secret).map_err(|_| AppError::Internal)?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(STEP)
        .with_secret(secret)
        .with_issuer(Some("Majlis"))
        .with_account_name(account.replace(':', " "))
        .build()
        .map_err(|e| {
            tracing::error!(error = %e, "unusable TOTP secret");
            AppError::Internal
        })
}

/// A new random secret (160 bits), base32.
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

/// The secret of raw `bytes` (the demo accounts' documented secrets), base32.
pub fn secret_of(bytes: &[u8]) -> String {
    Secret::from(bytes.to_vec()).to_base32()
}

/// The step a typed code matches at `unix_time` (drift of one step allowed), if any.
pub fn check(secret: &str, code: &str, unix_time: u64) -> Result<Option<u64>, AppError> {
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    if code.len() != 6 {
        return Ok(None);
    }
    Ok(totp(secret, "")?.check(&code, unix_time))
}

/// The code of `secret` at `unix_time` (tests, and the demo's documentation).
pub fn code_at(secret: &str, unix_time: u64) -> Result<String, AppError> {
    Ok(totp(secret, "")?.generate(unix_time).to_string())
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_url(secret: &str, account: &str) -> Result<String, AppError> {
    totp(secret, account)?
        .to_url()
        .map_err(|_| AppError::Internal)
}

/// The QR code of `url` as an SVG document (black on white, with its quiet zone).
pub fn qr_svg(url: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

/// The secret grouped by four characters, easier to type into an app by hand.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// New single-use recovery codes (`abcde-fghij`, 50 random bits each).
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let letters: String = Secret::generate()
                .to_base32()
                .to_lowercase()
                .chars()
                .take(10)
                .collect();
            format!("{}-{}", &letters[..5], &letters[5..])
        })
        .collect()
}

/// A typed recovery code as stored (lowercase, without spaces or dashes), if it has the shape.
pub fn normalized_recovery_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (code.len() == 10 && code.chars().all(|c| c.is_ascii_alphanumeric())).then_some(code)
}

/// The unkeyed digest recovery codes were once stored as (SHA-256 of `recovery:<code>`). The
/// keyed hash is taken over it, so that rows of that form can be converted without the codes.
fn legacy_recovery_digest(normalized: &str) -> String {
    super::tokens::digest(&format!("recovery:{normalized}"))
}

/// The prefix of an encrypted secret: `v1:` and base64url of nonce ‖ ciphertext ‖ tag.
pub const SEALED: &str = "v1:";
/// The prefix of a keyed recovery-code hash: `k1:` and base64url of the HMAC.
pub const KEYED: &str = "k1:";
/// ChaCha20-Poly1305's nonce, in bytes.
const NONCE_BYTES: usize = 12;

/// The keys of what a second factor stores, derived from the identity key
/// (`MAJLIS_IDENTITY_KEY`, kept outside the database) so that an operator keeps one secret:
/// each is HMAC-SHA256 of that key over its own label, and the national ID hashes (HMAC of the
/// key over eight digits) never share an input with them.
///
/// - TOTP secrets are encrypted with ChaCha20-Poly1305 under a random nonce, bound to their
///   account (the account id is the associated data: a sealed secret copied onto another
///   account does not open).
/// - Recovery codes are stored as HMAC-SHA256 of the account id and the code's digest: without
///   the key, a stolen copy cannot be tested against guessed codes (50 bits each, which an
///   unkeyed hash would let one graphics card search within a day).
pub struct FactorKeys {
    cipher: ChaCha20Poly1305,
    recovery: [u8; 32],
}

fn subkey(master: &[u8], label: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    // HMAC takes keys of any length: `new_from_slice` cannot fail.
    if let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(master) {
        mac.update(label.as_bytes());
        out.copy_from_slice(&mac.finalize().into_bytes());
    }
    out
}

impl FactorKeys {
    pub fn derive(identity_key: &[u8]) -> Self {
        let secrets = subkey(identity_key, "majlis/second-factor/totp-secret/v1");
        Self {
            cipher: ChaCha20Poly1305::new(&secrets.into()),
            recovery: subkey(identity_key, "majlis/second-factor/recovery-code/v1"),
        }
    }

    /// `secret` (base32) encrypted for `user`'s row.
    pub fn seal(&self, user: Uuid, secret: &str) -> Result<String, AppError> {
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: secret.as_bytes(),
                    aad: user.as_bytes(),
                },
            )
            .map_err(|_| AppError::Internal)?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!(
            "{SEALED}{}",
            Base64UrlUnpadded::encode_string(&bytes)
        ))
    }

    /// The secret `user`'s row holds, if it was sealed with this key for this account (not
    /// if the key changed, the row was copied from another account, or it is in clear).
    pub fn open(&self, user: Uuid, stored: &str) -> Option<String> {
        let bytes = Base64UrlUnpadded::decode_vec(stored.strip_prefix(SEALED)?).ok()?;
        if bytes.len() <= NONCE_BYTES {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        let plain = self
            .cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: user.as_bytes(),
                },
            )
            .ok()?;
        String::from_utf8(plain).ok()
    }

    /// How `user`'s recovery code (normalised) is stored.
    pub fn recovery_hash(&self, user: Uuid, normalized: &str) -> String {
        self.keyed(user, &legacy_recovery_digest(normalized))
    }

    /// The stored form of a recovery code kept as its unkeyed digest (`legacy`): the same
    /// value [`Self::recovery_hash`] gives for the code.
    pub fn rekeyed(&self, user: Uuid, legacy: &str) -> String {
        self.keyed(user, legacy)
    }

    fn keyed(&self, user: Uuid, digest: &str) -> String {
        let mut bytes = [0u8; 32];
        if let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&self.recovery) {
            mac.update(user.as_bytes());
            mac.update(digest.as_bytes());
            bytes.copy_from_slice(&mac.finalize().into_bytes());
        }
        format!("{KEYED}{}", Base64UrlUnpadded::encode_string(&bytes))
    }
}

/// A stored secret is encrypted (rows from before are converted at start-up).
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(SEALED)
}

/// A stored recovery code is keyed (rows from before are converted at start-up).
pub fn is_keyed(stored: &str) -> bool {
    stored.starts_with(KEYED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_vectors() {
        // RFC 6238, appendix B: the ASCII secret "12345678901234567890", 8 digits there; the
        // last six digits are the 6-digit code.
        let secret = secret_of(b"12345678901234567890");
        for (time, eight) in [
            (59, "94287082"),
            (1111111109, "07081804"),
            (2000000000, "69279037"),
        ] {
            assert_eq!(code_at(&secret, time).unwrap(), eight[2..]);
            assert_eq!(
                check(&secret, &eight[2..], time).unwrap(),
                Some(time / STEP)
            );
        }
        // One step of drift either way, not two.
        let code = code_at(&secret, 1111111109).unwrap();
        assert!(check(&secret, &code, 1111111109 + STEP).unwrap().is_some());
        assert!(check(&secret, &code, 1111111109 + 3 * STEP)
            .unwrap()
            .is_none());
        assert_eq!(check(&secret, "12345", 59).unwrap(), None);
        assert_eq!(
            check(&secret, &format!("{} ", &code[..3]), 59).unwrap(),
            None
        );
    }

    #[test]
    fn recovery_codes_are_distinct_and_typed_loosely() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        let typed = format!(" {} ", codes[0].to_uppercase());
        assert_eq!(
            normalized_recovery_code(&typed),
            normalized_recovery_code(&codes[0])
        );
        assert_eq!(normalized_recovery_code("123456"), None);
    }

    #[test]
    fn secrets_open_only_with_their_key_and_account() {
        let keys = FactorKeys::derive(b"one-identity-key-0123456789abcdef");
        let user = Uuid::new_v4();
        let secret = new_secret();
        let sealed = keys.seal(user, &secret).unwrap();
        assert!(is_sealed(&sealed));
        assert!(!sealed.contains(&secret), "{sealed}");
        assert!(sealed.len() <= 128, "fits the column: {}", sealed.len());
        assert_eq!(keys.open(user, &sealed).as_deref(), Some(secret.as_str()));
        // A fresh nonce each time.
        assert_ne!(keys.seal(user, &secret).unwrap(), sealed);
        // Another key, another account, a tampered or clear value: nothing.
        let other = FactorKeys::derive(b"two-identity-key-0123456789abcdef");
        assert_eq!(other.open(user, &sealed), None);
        assert_eq!(keys.open(Uuid::new_v4(), &sealed), None);
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 2;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(keys.open(user, &String::from_utf8(tampered).unwrap()), None);
        assert_eq!(keys.open(user, &secret), None);
        assert_eq!(keys.open(user, "v1:"), None);
        assert_eq!(keys.open(user, "v1:!!"), None);
        // The demo's longest documented secret fits the column too.
        let long = secret_of(b"majlis-demo-referent-2026");
        assert!(keys.seal(user, &long).unwrap().len() <= 128);
    }

    #[test]
    fn recovery_codes_are_hashed_with_the_key_and_the_account() {
        let keys = FactorKeys::derive(b"one-identity-key-0123456789abcdef");
        let user = Uuid::new_v4();
        let code = normalized_recovery_code(&new_recovery_codes()[0]).unwrap();
        let stored = keys.recovery_hash(user, &code);
        assert!(is_keyed(&stored));
        assert!(stored.len() <= 64, "fits the column: {}", stored.len());
        assert_eq!(stored, keys.recovery_hash(user, &code));
        let legacy = legacy_recovery_digest(&code);
        assert_ne!(stored, legacy);
        assert!(!stored.contains(&legacy) && !stored.contains(&code));
        assert_ne!(stored, keys.recovery_hash(Uuid::new_v4(), &code));
        assert_ne!(
            stored,
            FactorKeys::derive(b"two-identity-key-0123456789abcdef").recovery_hash(user, &code)
        );
        // A row kept as the old digest converts to the same value.
        assert_eq!(keys.rekeyed(user, &legacy), stored);
    }

    #[test]
    fn the_qr_code_is_an_svg_of_the_otpauth_address() {
        let url = otpauth_url(&new_secret(), "agent@commune.tn").unwrap();
        assert!(
            url.starts_with("otpauth://totp/Majlis:agent%40commune.tn?"),
            "{url}"
        );
        let svg = qr_svg(&url).unwrap();
        assert!(svg.contains("<svg"), "{svg}");
        assert!(!svg.contains("<script"));
    }
}
