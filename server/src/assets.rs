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
