//! The command line's open data steps.
use super::package::{write, Progress, Summary};
use super::*;

/// `server export --out FILE`: the package written to `out`, its progress shown by `progress`.
pub async fn export<W: std::io::Write + std::io::Seek>(
    cx: &Cx,
    out: W,
    scope: Scope,
    progress: &mut impl Progress,
) -> Result<Summary, AppError> {
    write(cx, out, scope, progress).await
}
