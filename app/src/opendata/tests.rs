//! The package's description: every table's key names its fields, every field is described in
//! both languages with an example of its type, and names are unique.
use super::service::tables::{Kind, TABLES};

#[test]
fn every_table_is_described_whole() {
    let mut names = std::collections::HashSet::new();
    for table in TABLES {
        assert!(names.insert(table.name), "{} twice", table.name);
        assert!(!table.title_fr.is_empty() && !table.title_ar.is_empty());
        let fields: Vec<&str> = table.fields.iter().map(|f| f.name).collect();
        for key in table.key {
            assert!(
                fields.contains(key),
                "{}: key {key} is not a field",
                table.name
            );
        }
        let unique: std::collections::HashSet<_> = fields.iter().collect();
        assert_eq!(unique.len(), fields.len(), "{}: a field twice", table.name);
        for f in table.fields {
            assert!(
                !f.fr.is_empty() && !f.ar.is_empty(),
                "{}.{}",
                table.name,
                f.name
            );
            assert!(!f.example.is_empty(), "{}.{}: example", table.name, f.name);
            if !f.choices.is_empty() {
                assert!(
                    f.choices.contains(&f.example),
                    "{}.{}: example not a choice",
                    table.name,
                    f.name
                );
            }
            let ok = match f.kind {
                Kind::Integer => f.example.parse::<i64>().is_ok(),
                Kind::Boolean => ["true", "false"].contains(&f.example),
                Kind::Date => chrono::NaiveDate::parse_from_str(f.example, "%Y-%m-%d").is_ok(),
                Kind::Datetime => {
                    chrono::NaiveDateTime::parse_from_str(f.example, "%Y-%m-%dT%H:%M:%SZ").is_ok()
                }
                Kind::String => true,
            };
            assert!(
                ok,
                "{}.{}: example {:?} is not a {}",
                table.name,
                f.name,
                f.example,
                f.kind.code()
            );
        }
    }
}
