//! Markdown written by residents and staff, rendered once when saved and sanitised with
//! ammonia: only harmless tags survive, links get `rel="nofollow ugc noopener noreferrer"`
//! (user content: search engines give its links no weight).
use pulldown_cmark::{html, Options, Parser};

pub const LINK_REL: &str = "nofollow ugc noopener noreferrer";

pub fn render(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    );
    let mut raw = String::new();
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some(LINK_REL))
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn scripts_and_handlers_are_removed() {
        let html = render("**gras** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))");
        assert!(html.contains("<strong>gras</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("javascript:"));
    }

    #[test]
    fn links_in_user_content_carry_nofollow_ugc() {
        let html =
            render("[site](https://example.org) <a href=\"https://x.example\" rel=\"me\">x</a>");
        assert_eq!(
            html.matches("rel=\"nofollow ugc noopener noreferrer\"")
                .count(),
            2,
            "{html}"
        );
        assert!(!html.contains("rel=\"me\""));
    }
}
