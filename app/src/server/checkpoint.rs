//! Signed checkpoints of the log of public acts (issue 23), in the formats transparency logs
//! share: the checkpoint is C2SP `tlog-checkpoint` (origin, tree size, base64 root hash, one per
//! line) and its signature a C2SP signed note (the text, a blank line, then `— <key name>
//! <base64(key id ‖ Ed25519 signature)>`), so that the tools written for Go's sumdb and for
//! Certificate Transparency witnesses read them. Checked against Go's `note` package's test
//! vector (recomputed with another Ed25519 implementation).
use super::merkle::Hash;
use base64ct::{Base64, Encoding};
use ed25519_dalek::{Signature, Signer as _, SigningKey, Verifier as _, VerifyingKey};
use sha2::{Digest, Sha256};

/// The algorithm byte of an Ed25519 key in a signed note.
const ED25519: u8 = 0x01;

/// A checkpoint: the log named `origin` had `size` entries and this root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

impl Checkpoint {
    /// Its text (what is signed).
    pub fn text(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            Base64::encode_string(&self.root)
        )
    }

    /// A checkpoint's text read back (`None` if it is not one).
    pub fn parse(text: &str) -> Option<Self> {
        let mut lines = text.strip_suffix('\n')?.split('\n');
        let origin = lines.next().filter(|o| !o.is_empty())?.to_string();
        let size_line = lines.next()?;
        // Decimal without a sign or leading zeros, as the format says.
        if size_line.is_empty()
            || !size_line.bytes().all(|b| b.is_ascii_digit())
            || (size_line.len() > 1 && size_line.starts_with('0'))
        {
            return None;
        }
        let size = size_line.parse().ok()?;
        let root: Hash = Base64::decode_vec(lines.next()?).ok()?.try_into().ok()?;
        // Extension lines may follow; Majlis writes none.
        Some(Self { origin, size, root })
    }
}

/// The log's signing key and its name.
pub struct Signer {
    name: String,
    key: SigningKey,
}

fn key_id(name: &str, public: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ED25519]);
    h.update(public.as_bytes());
    let digest = h.finalize();
    [digest[0], digest[1], digest[2], digest[3]]
}

impl Signer {
    /// The key of `name` from its 32-byte seed (kept secret by the server).
    pub fn from_seed(name: &str, seed: &[u8; 32]) -> Self {
        Self {
            name: name.to_string(),
            key: SigningKey::from_bytes(seed),
        }
    }

    /// The public key as verifiers write it: `<name>+<key id, hex>+<base64(0x01 ‖ key)>`.
    pub fn verifier_key(&self) -> String {
        let public = self.key.verifying_key();
        let id: String = key_id(&self.name, &public)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let mut bytes = vec![ED25519];
        bytes.extend_from_slice(public.as_bytes());
        format!("{}+{id}+{}", self.name, Base64::encode_string(&bytes))
    }

    /// `text` (ending with a newline) as a signed note.
    pub fn sign(&self, text: &str) -> String {
        let public = self.key.verifying_key();
        let mut sig = key_id(&self.name, &public).to_vec();
        sig.extend_from_slice(&self.key.sign(text.as_bytes()).to_bytes());
        format!("{text}\n— {} {}\n", self.name, Base64::encode_string(&sig))
    }
}

/// Why a signed note was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteError {
    /// Not a note, or the verifier key is not one.
    Malformed,
    /// No signature by the verifier's key, or one that does not match the text.
    BadSignature,
}

/// The text of `note` if `verifier_key` (as [`Signer::verifier_key`] writes it) signed it.
pub fn open(note: &str, verifier_key: &str) -> Result<String, NoteError> {
    let mut parts = verifier_key.splitn(3, '+');
    let (Some(name), Some(id_hex), Some(key_b64)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(NoteError::Malformed);
    };
    let key_bytes = Base64::decode_vec(key_b64).map_err(|_| NoteError::Malformed)?;
    let (&alg, raw) = key_bytes.split_first().ok_or(NoteError::Malformed)?;
    let raw: [u8; 32] = raw.try_into().map_err(|_| NoteError::Malformed)?;
    let public = VerifyingKey::from_bytes(&raw).map_err(|_| NoteError::Malformed)?;
    let id = key_id(name, &public);
    let id_written: String = id.iter().map(|b| format!("{b:02x}")).collect();
    if alg != ED25519 || id_hex != id_written {
        return Err(NoteError::Malformed);
    }
    // The text ends at the last blank line; signature lines follow.
    let split = note.rfind("\n\n").ok_or(NoteError::Malformed)?;
    let (text, signatures) = (&note[..=split], &note[split + 2..]);
    for line in signatures.lines() {
        let Some(rest) = line.strip_prefix("— ") else {
            return Err(NoteError::Malformed);
        };
        let Some((signer, sig_b64)) = rest.split_once(' ') else {
            return Err(NoteError::Malformed);
        };
        let Ok(sig) = Base64::decode_vec(sig_b64) else {
            return Err(NoteError::Malformed);
        };
        if signer != name || sig.len() != 68 || sig[..4] != id {
            continue;
        }
        let signature = Signature::from_slice(&sig[4..]).map_err(|_| NoteError::Malformed)?;
        return public
            .verify(text.as_bytes(), &signature)
            .map(|()| text.to_string())
            .map_err(|_| NoteError::BadSignature);
    }
    Err(NoteError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Go's `golang.org/x/mod/sumdb/note` test key and note.
    const SEED_B64: &str = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    const VERIFIER: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    const TEXT: &str = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    const SIGNED: &str = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    fn peter() -> Signer {
        let bytes = Base64::decode_vec(SEED_B64).unwrap_or_default();
        let seed: [u8; 32] = bytes[1..].try_into().unwrap_or([0; 32]);
        Signer::from_seed("PeterNeumann", &seed)
    }

    #[test]
    fn notes_are_signed_and_read_as_gos_note_package_does() {
        let signer = peter();
        assert_eq!(signer.verifier_key(), VERIFIER);
        assert_eq!(signer.sign(TEXT), SIGNED);
        assert_eq!(open(SIGNED, VERIFIER).as_deref(), Ok(TEXT));
        // A changed text, another key, a cut signature: refused.
        let changed = SIGNED.replace("answer", "answers");
        assert_eq!(open(&changed, VERIFIER), Err(NoteError::BadSignature));
        let other = Signer::from_seed("PeterNeumann", &[7; 32]);
        assert_eq!(
            open(SIGNED, &other.verifier_key()),
            Err(NoteError::BadSignature)
        );
        assert_eq!(open(TEXT, VERIFIER), Err(NoteError::Malformed));
        assert_eq!(
            open(
                SIGNED,
                "PeterNeumann+00000000+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
            ),
            Err(NoteError::Malformed)
        );
        assert_eq!(
            open(&SIGNED.replace("x08go", "y08go"), VERIFIER),
            Err(NoteError::BadSignature)
        );
    }

    #[test]
    fn a_checkpoint_is_signed_read_back_and_its_root_cannot_be_changed() {
        let signer = Signer::from_seed("majlis.example.tn/log", &[42; 32]);
        let checkpoint = Checkpoint {
            origin: "majlis.example.tn/log".into(),
            size: 1234,
            root: super::super::merkle::leaf_hash(b"root"),
        };
        let note = signer.sign(&checkpoint.text());
        let key = signer.verifier_key();
        let text = open(&note, &key).unwrap_or_default();
        assert_eq!(Checkpoint::parse(&text), Some(checkpoint.clone()));
        // Another size or root written into the note: the signature no longer holds.
        let bigger = note.replacen("1234", "1235", 1);
        assert_eq!(open(&bigger, &key), Err(NoteError::BadSignature));
        let other_root = Base64::encode_string(&super::super::merkle::leaf_hash(b"other"));
        let forged = note.replacen(&Base64::encode_string(&checkpoint.root), &other_root, 1);
        assert_eq!(open(&forged, &key), Err(NoteError::BadSignature));
        for bad in [
            "",
            "origin\n",
            "origin\n01\nAAAA\n",
            "origin\n-1\nAAAA\n",
            "origin\n5\nnot base64\n",
            "\n5\nAAAA\n",
        ] {
            assert_eq!(Checkpoint::parse(bad), None, "{bad:?}");
        }
    }
}
