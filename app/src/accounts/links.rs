//! The accounts' URLs that other pages link to.

/// The login page.
pub const LOGIN_PATH: &str = "/account/login";

/// The login page, which comes back to `next` (a path on this site) once logged in; the plain
/// login page when `next` is empty.
pub fn login_path(next: &str) -> String {
    if next.is_empty() {
        LOGIN_PATH.to_string()
    } else {
        format!("{LOGIN_PATH}?next={}", crate::ui::encode_query_value(next))
    }
}

#[cfg(test)]
mod tests {
    use super::login_path;

    #[test]
    fn the_login_link_carries_where_to_come_back_encoded() {
        assert_eq!(login_path(""), "/account/login");
        assert_eq!(
            login_path("/debates/1?order=new#comments"),
            "/account/login?next=%2Fdebates%2F1%3Forder%3Dnew%23comments"
        );
    }
}
