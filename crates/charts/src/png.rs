//! PNG from a chart's SVG, rendered by resvg with only the shipped fonts.
//!
//! resvg shapes text with harfrust (a port of HarfBuzz), so Arabic and Persian come out joined,
//! and orders it with the Unicode bidirectional algorithm. Two things of the SVG it does not
//! follow, which [`prepare`] adapts before rendering:
//!
//! - the `direction` property: resvg lays every text out in a left-to-right paragraph and
//!   anchors `start` on the left. Within an element whose direction is `rtl` (inherited from
//!   the root of a right-to-left chart) the anchors `start` and `end` are swapped, and the text
//!   is wrapped in RIGHT-TO-LEFT ISOLATE ... POP DIRECTIONAL ISOLATE, which makes it a
//!   right-to-left paragraph of its own: the same picture a browser draws.
//! - system fonts: the font database holds the four shipped faces and nothing else, and image
//!   references are not followed, so the PNG is the same on every machine.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use crate::error::ChartError;
use crate::fonts::{self, LATIN_FAMILY};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// RIGHT-TO-LEFT ISOLATE and POP DIRECTIONAL ISOLATE.
const RLI: &str = "\u{2067}";
const PDI: &str = "\u{2069}";

/// The largest scale accepted (a 720-pixel chart at 8x is 5760 pixels wide).
pub const MAX_SCALE: f32 = 8.0;

/// The shipped fonts, loaded once.
fn database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for data in fonts::ALL {
            db.load_font_source(fontdb::Source::Binary(Arc::new(data)));
        }
        // Generic families (and usvg's last resort, serif) resolve to the shipped fonts too.
        db.set_sans_serif_family(LATIN_FAMILY);
        db.set_serif_family(LATIN_FAMILY);
        db.set_monospace_family(LATIN_FAMILY);
        db.set_cursive_family(LATIN_FAMILY);
        db.set_fantasy_family(LATIN_FAMILY);
        Arc::new(db)
    })
    .clone()
}

fn options(language: Option<&str>) -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: LATIN_FAMILY.to_owned(),
        fontdb: database(),
        ..usvg::Options::default()
    };
    if let Some(lang) = language {
        options.languages = vec![lang.to_owned()];
    }
    // Never read a file or decode an embedded image: a chart has none.
    options.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: Box::new(|_, _, _| None),
        resolve_string: Box::new(|_, _| None),
    };
    // A character missing from the chosen face (a Latin word in an Arabic text) comes from
    // the face of the closest weight that has it; usvg's default takes the first face with
    // the character, which could set a bold title's Latin word in regular.
    options.font_resolver.select_fallback = Box::new(|c, used, db| {
        let base = db.face(*used.first()?)?;
        let weight = i32::from(base.weight.0);
        db.faces()
            .filter(|f| !used.contains(&f.id) && has_char(db, f.id, c))
            .min_by_key(|f| (i32::from(f.weight.0) - weight).abs())
            .map(|f| f.id)
    });
    options
}

/// Whether face `id` of `db` has a glyph for `c`.
fn has_char(db: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    use read_fonts::TableProvider as _;
    db.with_face_data(id, |data, index| {
        read_fonts::FontRef::from_index(data, index)
            .ok()
            .and_then(|font| font.cmap().ok())
            .and_then(|cmap| cmap.map_codepoint(c))
            .is_some_and(|g| g.to_u32() != 0)
    })
    .unwrap_or(false)
}

/// Renders `svg` (a chart's, or any SVG without images) to PNG at `scale` (2.0: sharp on
/// high-density screens and in print at the chart's size).
pub fn to_png(svg: &str, scale: f32) -> Result<Vec<u8>, ChartError> {
    if !(scale.is_finite() && scale > 0.0 && scale <= MAX_SCALE) {
        return Err(ChartError::InvalidData(format!(
            "the scale must be above 0 and at most {MAX_SCALE}, not {scale}"
        )));
    }
    let (prepared, language) = prepare(svg)?;
    let tree = usvg::Tree::from_str(&prepared, &options(language.as_deref()))
        .map_err(|e| ChartError::Svg(e.to_string()))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil(),
        (size.height() * scale).ceil(),
    );
    // Both are positive and at most a few thousand (checked scale, chart-sized SVG).
    let mut pixmap = Pixmap::new(w as u32, h as u32)
        .ok_or_else(|| ChartError::Render(format!("cannot allocate a {w} x {h} image")))?;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    encode(&pixmap).map_err(|e| ChartError::Render(e.to_string()))
}

/// PNG of a rendered pixmap: RGB when every pixel is opaque (a chart has a white background),
/// else RGBA with the alpha un-premultiplied. No row filter: a chart is large areas of flat
/// colour, which deflate compresses best unfiltered. Measured on the theme overview at scale 2
/// (1440 x 1322): 74 KB in about 6 ms, against 96 KB in about 9 ms with tiny-skia's encoder
/// (RGBA, adaptive filters); fdeflate's fast mode takes 3 ms but writes 240 KB.
fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == u8::MAX);
    let (colour, data): (png::ColorType, Vec<u8>) = if opaque {
        let rgb = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        (png::ColorType::Rgb, rgb)
    } else {
        let rgba = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        (png::ColorType::Rgba, rgba)
    };
    let mut out = Vec::with_capacity(data.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(colour);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

/// The SVG as resvg needs it (see the module documentation), and the root's language.
pub(crate) fn prepare(svg: &str) -> Result<(Cow<'_, str>, Option<String>), ChartError> {
    let doc = roxmltree::Document::parse(svg).map_err(|e| ChartError::Svg(e.to_string()))?;
    let root = doc.root_element();
    let language = root
        .attribute("lang")
        .or_else(|| root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")))
        .map(str::to_owned);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for text in doc
        .descendants()
        .filter(|n| n.has_tag_name((SVG_NS, "text")))
    {
        let rtl = text
            .ancestors()
            .find_map(|n| n.attribute("direction"))
            .is_some_and(|d| d.trim() == "rtl");
        if !rtl {
            continue;
        }
        let anchor = text
            .ancestors()
            .find_map(|n| n.attribute("text-anchor"))
            .unwrap_or("start")
            .trim();
        let swapped = match anchor {
            "start" => "end",
            "end" => "start",
            other => other,
        };
        match text.attribute_node("text-anchor") {
            Some(attr) => {
                let r = attr.range_value();
                edits.push((r.start, r.end, swapped.to_owned()));
            }
            None => {
                // Just after `<text`.
                let at = text.range().start + "<text".len();
                edits.push((at, at, format!(" text-anchor=\"{swapped}\"")));
            }
        }
        if let (Some(first), Some(last)) = (text.first_child(), text.last_child()) {
            edits.push((first.range().start, first.range().start, RLI.to_owned()));
            edits.push((last.range().end, last.range().end, PDI.to_owned()));
        }
    }
    if edits.is_empty() {
        return Ok((Cow::Borrowed(svg), language));
    }
    // From the end, so earlier offsets stay valid; at one offset the later insertion (an
    // isolate's end) goes in first, so it ends up after anything inserted there before.
    edits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut out = svg.to_owned();
    for (start, end, replacement) in edits {
        out.replace_range(start..end, &replacement);
    }
    Ok((Cow::Owned(out), language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_text_gets_physical_anchors_and_isolates() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" lang="ar" direction="rtl"><text x="1" text-anchor="start">نص</text><text x="2" text-anchor="end">a</text><text x="3">b</text><g direction="ltr"><text text-anchor="start">c</text></g></svg>"#;
        let (out, lang) = prepare(svg).unwrap();
        assert_eq!(lang.as_deref(), Some("ar"));
        assert!(
            out.contains("<text x=\"1\" text-anchor=\"end\">\u{2067}نص\u{2069}</text>"),
            "{out}"
        );
        assert!(
            out.contains("<text x=\"2\" text-anchor=\"start\">\u{2067}a\u{2069}</text>"),
            "{out}"
        );
        assert!(
            out.contains("<text text-anchor=\"end\" x=\"3\">\u{2067}b\u{2069}</text>"),
            "{out}"
        );
        assert!(
            out.contains("<text text-anchor=\"start\">c</text>"),
            "{out}"
        );
    }

    #[test]
    fn left_to_right_svg_is_left_alone() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" lang="fi"><text text-anchor="start">a</text></svg>"#;
        let (out, _) = prepare(svg).unwrap();
        assert!(matches!(out, Cow::Borrowed(_)));
    }

    #[test]
    fn a_bad_scale_or_bad_svg_is_an_error() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        assert!(to_png(svg, 0.0).is_err());
        assert!(to_png(svg, f32::NAN).is_err());
        assert!(matches!(to_png("<svg", 1.0), Err(ChartError::Svg(_))));
        let png = to_png(svg, 2.0).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let back = Pixmap::decode_png(&png).unwrap();
        assert_eq!((back.width(), back.height()), (20, 20));
        // No background: transparent, so RGBA (colour type 6 in the header).
        assert_eq!(png[25], 6);
        let opaque = r##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#fff"/></svg>"##;
        let png = to_png(opaque, 1.0).unwrap();
        assert_eq!(png[25], 2, "RGB");
    }
}
