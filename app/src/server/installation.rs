//! The installation's other municipalities, as the use-cases of the platform's operators reach
//! them. The server implements it (it knows how to connect to and migrate a municipality's
//! database); only the default municipality's [`super::Cx`] holds one, so the operators'
//! pages exist on its host alone.
use super::Cx;
use crate::error::AppError;
use std::{future::Future, pin::Pin};
use uuid::Uuid;

pub type Pending<'a, T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send + 'a>>;

pub trait Installation: Send + Sync {
    /// The context of municipality `id` of the registry: its database connected and brought up
    /// to date on first use (a new municipality's is created), its name written.
    fn open(&self, id: Uuid) -> Pending<'_, Cx>;
    /// The registry changed (a municipality created, suspended or resumed): the hosts and
    /// suspensions are read again at once on this app server (others within seconds).
    fn changed(&self);
}
