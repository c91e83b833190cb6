//! What the command line runs besides serving: the demo (`seed`), the large demo for the
//! benchmarks (`seed_large`, one file per stage), and the notices benchmark (`bench_notices`).
pub mod bench_notices;
pub mod seed;
pub mod seed_documents;
pub mod seed_large;
pub mod seed_requests;
