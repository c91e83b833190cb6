//! What a feature keeps in memory for the life of an app server (the pages of debate threads
//! the comments keep, for one): one value of each type, made on first use, shared by every
//! request. The server holds them without knowing what they are, so that infrastructure never
//! names a feature; the feature that owns a cache is the only one that reads its type.
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

#[derive(Default)]
pub struct Caches(RwLock<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>);

impl Caches {
    /// The app server's `T`, made with `T::default()` the first time.
    pub fn get<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let kept = self
            .0
            .read()
            .ok()
            .and_then(|map| map.get(&TypeId::of::<T>()).cloned());
        if let Some(found) = kept.and_then(|any| any.downcast::<T>().ok()) {
            return found;
        }
        let Ok(mut map) = self.0.write() else {
            // A thread panicked holding the lock: serve from a cache of this request alone.
            return Arc::new(T::default());
        };
        let entry = map
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(T::default()) as Arc<dyn Any + Send + Sync>)
            .clone();
        entry
            .downcast::<T>()
            .unwrap_or_else(|_| Arc::new(T::default()))
    }
}

#[cfg(test)]
mod tests {
    use super::Caches;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[derive(Default)]
    struct Counter(AtomicUsize);

    #[test]
    fn one_value_of_each_type_shared_by_every_reader() {
        let caches = Caches::default();
        caches.get::<Counter>().0.fetch_add(1, Ordering::SeqCst);
        caches.get::<Counter>().0.fetch_add(1, Ordering::SeqCst);
        assert_eq!(caches.get::<Counter>().0.load(Ordering::SeqCst), 2);
        assert!(Arc::ptr_eq(
            &caches.get::<Counter>(),
            &caches.get::<Counter>()
        ));
        assert!(caches.get::<String>().is_empty());
    }
}
