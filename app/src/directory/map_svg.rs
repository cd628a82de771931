//! The map of member countries as SVG markup, drawn on the server.

use super::map_shapes::{HEIGHT, SHAPES, WIDTH};
use crate::i18n::{Arg, Bundle};
use crate::ui::query::query_string;

/// Shades from the lightest (fewest organisations) to the darkest; 0 is none.
pub const LEVELS: i64 = 5;

/// The shade of a country with `n` organisations when the most any has is `max`.
pub fn level(n: i64, max: i64) -> i64 {
    if n <= 0 || max <= 0 {
        0
    } else {
        (n * LEVELS + max - 1) / max
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Neighbours in grey for context; each member country a link to the
/// organisation list filtered by it, shaded, with its name and count as a
/// tooltip. Hidden from screen readers: the table beside it says the same.
pub fn draw(bundle: &Bundle, counts: &[(String, i64)]) -> String {
    let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let mut svg = format!(
        r#"<svg class="map__svg" viewBox="0 0 {WIDTH} {HEIGHT}" aria-hidden="true" focusable="false">"#
    );
    for shape in SHAPES.iter().filter(|s| s.code.is_none()) {
        svg.push_str(&format!(r#"<path class="map__land" d="{}"/>"#, shape.d));
    }
    for shape in SHAPES {
        let Some(code) = shape.code else { continue };
        let n = counts
            .iter()
            .find(|(c, _)| c == code)
            .map_or(0, |(_, n)| *n);
        let name = bundle.format(&format!("country-{code}"), &[]);
        let label = format!(
            "{name}: {}",
            bundle.format("organisation-count", &[("count", Arg::from(n))])
        );
        let href = format!(
            "/{}/directory/organisations{}",
            bundle.locale,
            query_string([("country", code.to_owned())])
        );
        svg.push_str(&format!(
            r#"<a href="{}" tabindex="-1" data-country="{code}"><path class="map__country" data-level="{}" d="{}"><title>{}</title></path></a>"#,
            escape(&href),
            level(n, max),
            shape.d,
            escape(&label)
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_grow_with_the_count_and_none_is_blank() {
        assert_eq!(level(0, 100), 0);
        assert_eq!(level(1, 100), 1);
        assert_eq!(level(20, 100), 1);
        assert_eq!(level(21, 100), 2);
        assert_eq!(level(100, 100), LEVELS);
    }

    #[test]
    fn every_member_country_is_a_link_with_its_name() {
        let (catalog, _) = crate::i18n::catalog::Catalog::load();
        let bundle = catalog.bundle("de");
        let svg = draw(&bundle, &[("FI".into(), 10), ("AT".into(), 5)]);
        assert_eq!(
            svg.matches("<a href=").count(),
            41,
            "one link per member country"
        );
        assert!(svg.contains(r#"href="/de/directory/organisations?country=FI""#));
        assert!(svg.contains("<title>Finnland: 10 Mitgliedsorganisationen</title>"));
        assert!(svg.contains(r#"data-country="AT"><path class="map__country" data-level="3""#));
        assert!(svg.contains(r#"data-country="MT"><path class="map__country" data-level="0""#));
    }
}
