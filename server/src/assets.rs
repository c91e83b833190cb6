//! The stylesheet and the browser code, served under paths named by a hash of their content
//! (`/assets/<hash>/pkg/majlis.css`): browsers keep them for a year (`immutable`) and a new
//! build is fetched at once, since its pages name new paths. The release build ships them
//! precompressed (brotli and gzip, from `cargo leptos build --release --precompress`); the
//! compressed copy is sent to browsers that accept it.
use app::server::state::AssetPaths;
use axum::{
    body::Body,
    extract::{Path, Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};
use std::path::{Path as FsPath, PathBuf};
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// What the site's `pkg` folder holds, and the hashes that name it.
#[derive(Clone)]
pub struct Assets {
    pkg_dir: PathBuf,
    code_hash: String,
    style_hash: String,
}

const YEAR: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

fn hash_files(files: &[PathBuf]) -> String {
    let mut hasher = Sha256::new();
    for file in files {
        // A missing file (a build without browser code, in tests) hashes as empty.
        hasher.update(std::fs::read(file).unwrap_or_default());
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Assets {
    /// Reads `<site_root>/pkg` once, at start-up.
    pub fn load(site_root: &str) -> Self {
        let pkg_dir = FsPath::new(site_root).join("pkg");
        remove_stale_copies(&pkg_dir);
        let code: Vec<PathBuf> = ["majlis.js", "majlis.wasm", "majlis_bg.wasm"]
            .iter()
            .map(|f| pkg_dir.join(f))
            .collect();
        Self {
            code_hash: hash_files(&code),
            style_hash: hash_files(&[pkg_dir.join("majlis.css")]),
            pkg_dir,
        }
    }

    /// The paths pages name.
    pub fn paths(&self) -> AssetPaths {
        AssetPaths {
            stylesheet: format!("/assets/{}/pkg/majlis.css", self.style_hash),
            code_root: format!("/assets/{}", self.code_hash),
        }
    }

    fn is_current(&self, hash: &str, file: &str) -> bool {
        if file.ends_with(".css") {
            hash == self.style_hash
        } else {
            hash == self.code_hash
        }
    }

    async fn serve(&self, file: &str, request: Request, cache: &'static str) -> Response {
        if file.contains("..") || file.starts_with('/') {
            return StatusCode::NOT_FOUND.into_response();
        }
        let (mut parts, body) = request.into_parts();
        parts.uri = match format!("/{file}").parse() {
            Ok(uri) => uri,
            Err(_) => return StatusCode::NOT_FOUND.into_response(),
        };
        let request = Request::from_parts(parts, body);
        let service = ServeDir::new(&self.pkg_dir)
            .precompressed_br()
            .precompressed_gzip();
        match service.oneshot(request).await {
            Ok(response) => {
                let mut response = response.map(Body::new);
                if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
                    response
                        .headers_mut()
                        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
                }
                response
            }
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }
}

/// Removes compressed copies older than their file: a debug build after a release build
/// leaves the release's `.br` and `.gz` beside new files, and they would be served instead.
fn remove_stale_copies(pkg_dir: &FsPath) {
    let Ok(entries) = std::fs::read_dir(pkg_dir) else {
        return;
    };
    let modified = |p: &FsPath| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    for entry in entries.flatten() {
        let copy = entry.path();
        let is_copy = matches!(copy.extension().and_then(|e| e.to_str()), Some("br" | "gz"));
        if !is_copy {
            continue;
        }
        let original = copy.with_extension("");
        let stale = match (modified(&copy), modified(&original)) {
            (Some(c), Some(o)) => c < o,
            (_, None) => true,
            _ => false,
        };
        if stale && std::fs::remove_file(&copy).is_ok() {
            tracing::info!(
                "removed {}: older than the file it compresses",
                copy.display()
            );
        }
    }
}

/// `/assets/<hash>/pkg/<file>`: a year in caches when the hash is the current one's (a page
/// from before a deploy may still ask for an older hash: it gets today's file, not cached).
pub async fn hashed(
    State(assets): State<Assets>,
    Path((hash, file)): Path<(String, String)>,
    request: Request,
) -> Response {
    let cache = if assets.is_current(&hash, &file) {
        YEAR
    } else {
        REVALIDATE
    };
    assets.serve(&file, request, cache).await
}

/// `/pkg/<file>`: the same files under their plain names, revalidated on each use.
pub async fn plain(
    State(assets): State<Assets>,
    Path(file): Path<String>,
    request: Request,
) -> Response {
    assets.serve(&file, request, REVALIDATE).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    /// A site folder: a stylesheet with a fresh brotli copy, browser code with a stale gzip one.
    fn site() -> PathBuf {
        let root = std::env::temp_dir().join(format!("majlis-assets-{}", uuid::Uuid::new_v4()));
        let pkg = root.join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        let old = SystemTime::now() - Duration::from_secs(600);
        std::fs::write(pkg.join("majlis.wasm.gz"), "an earlier build").unwrap();
        std::fs::File::options()
            .write(true)
            .open(pkg.join("majlis.wasm.gz"))
            .unwrap()
            .set_modified(old)
            .unwrap();
        std::fs::write(pkg.join("majlis.wasm"), "this build").unwrap();
        std::fs::write(pkg.join("majlis.css"), "body { margin: 0 }").unwrap();
        std::fs::write(pkg.join("majlis.css.br"), "compressed stylesheet").unwrap();
        root
    }

    fn get(encoding: &str) -> Request {
        Request::builder()
            .uri("/")
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap()
    }

    #[tokio::test]
    async fn hashed_files_are_cached_a_year_sent_precompressed_and_stale_copies_dropped() {
        let root = site();
        let assets = Assets::load(root.to_str().unwrap());
        assert!(
            !root.join("pkg/majlis.wasm.gz").exists(),
            "stale copy removed"
        );
        assert!(root.join("pkg/majlis.css.br").exists(), "fresh copy kept");

        let css = assets.paths().stylesheet;
        let hash = css.split('/').nth(2).unwrap().to_string();
        let response = hashed(
            State(assets.clone()),
            Path((hash.clone(), "majlis.css".into())),
            get("br, gzip"),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(response.headers()[header::CACHE_CONTROL], YEAR);

        // Without brotli in Accept-Encoding, the plain file; an older hash is not kept.
        let response = hashed(
            State(assets.clone()),
            Path(("0123456789abcdef".into(), "majlis.css".into())),
            get("identity"),
        )
        .await;
        assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(response.headers()[header::CACHE_CONTROL], REVALIDATE);

        // The code whose compressed copy was stale: served as it is now.
        let response = plain(State(assets), Path("majlis.wasm".into()), get("gzip")).await;
        assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
        let body = axum::body::to_bytes(response.into_body(), 1024)
            .await
            .unwrap();
        assert_eq!(&body[..], b"this build");
        std::fs::remove_dir_all(root).ok();
    }
}
