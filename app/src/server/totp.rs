//! TOTP (RFC 6238: SHA-1, six digits, 30-second steps, one step of clock drift either way),
//! with totp-rs; QR codes as SVG with qrcode (drawn on the server, no script needed); recovery
//! codes. The callers store the last accepted step, so that a code works once.
use crate::error::AppError;
use totp_rs::{Algorithm, Builder, Secret, Totp};

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

/// How a recovery code is stored.
pub fn recovery_hash(normalized: &str) -> String {
    super::tokens::digest(&format!("recovery:{normalized}"))
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
            normalized_recovery_code(&typed).map(|c| recovery_hash(&c)),
            normalized_recovery_code(&codes[0]).map(|c| recovery_hash(&c))
        );
        assert_eq!(normalized_recovery_code("123456"), None);
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
