//! A small SVG writer with the charts' conventions.
//!
//! - **Logical coordinates.** Layout code places everything as in a left-to-right chart; in a
//!   right-to-left chart [`Svg`] mirrors every x (`width - x`), so axes, labels and the order of
//!   waves mirror too. Text anchors stay logical (`start` is where the reader starts): the root
//!   element carries `direction="rtl"`, under which the SVG specification (and every browser)
//!   anchors `start` at the right end of the text. resvg ignores `direction`, so
//!   [`crate::to_png`] converts the anchors before rendering.
//! - **Classes and data attributes** name what each element shows (`point`, `ci`, `hidden`,
//!   `data-wave`, `data-estimate`, ...), so tests and stylesheets can find them; renderers
//!   ignore them.
//! - **Fonts**: the root names the shipped families ([`crate::fonts`]), Arabic first in a
//!   right-to-left chart; every text element has its size, weight and colour as attributes
//!   (no stylesheet, which resvg supports only partly).

use std::fmt::Write as _;

use crate::fonts::{ARABIC_FAMILY, LATIN_FAMILY, Weight, runs, text_width};
use crate::palette::{BACKGROUND, Rgb};

/// Where a text is anchored, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// How a text is drawn.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Font {
    pub size: f64,
    pub weight: Weight,
    pub fill: Rgb,
    /// A white outline behind the glyphs, so a label stays readable over a line or a bar.
    pub halo: bool,
}

impl Font {
    pub const fn new(size: f64, weight: Weight, fill: Rgb) -> Self {
        Self {
            size,
            weight,
            fill,
            halo: false,
        }
    }

    pub const fn with_halo(self) -> Self {
        Self { halo: true, ..self }
    }

    /// The distance between the baselines of wrapped lines.
    pub fn line_height(&self) -> f64 {
        (self.size * 1.3).round()
    }
}

/// Attributes beyond the drawing ones: `(name, value)`, the value escaped when written.
pub(crate) type Attrs<'a> = &'a [(&'a str, String)];

/// A number in an attribute: at most two decimals, no trailing zeros, never `-0`.
pub(crate) fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    let r = if r == 0.0 { 0.0 } else { r };
    let s = format!("{r:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Escapes text and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The body of a chart being drawn; [`Svg::finish`] wraps it in the root element.
#[derive(Debug)]
pub(crate) struct Svg {
    body: String,
    pub width: f64,
    pub rtl: bool,
    /// Prefix of element ids (unique per chart on a page).
    pub id: String,
}

impl Svg {
    pub fn new(width: f64, rtl: bool, id: &str) -> Self {
        Self {
            body: String::with_capacity(16 * 1024),
            width,
            rtl,
            id: id.to_owned(),
        }
    }

    /// The physical x of a logical x.
    pub fn x(&self, logical: f64) -> f64 {
        if self.rtl {
            self.width - logical
        } else {
            logical
        }
    }

    pub fn measure(&self, text: &str, font: &Font) -> f64 {
        text_width(text, font.size, font.weight, self.rtl)
    }

    /// Greedy word wrap to `max_width`; a word longer than a line gets a line of its own.
    pub fn wrap(&self, text: &str, font: &Font, max_width: f64) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            if current.is_empty() {
                current.push_str(word);
                continue;
            }
            let candidate = format!("{current} {word}");
            if self.measure(&candidate, font) <= max_width {
                current = candidate;
            } else {
                lines.push(std::mem::take(&mut current));
                current.push_str(word);
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }

    fn attrs(&mut self, attrs: Attrs<'_>) {
        for (name, value) in attrs {
            let _ = write!(self.body, " {name}=\"{}\"", escape(value));
        }
    }

    pub fn open(&mut self, class: &str, attrs: Attrs<'_>) {
        let _ = write!(self.body, "<g class=\"{}\"", escape(class));
        self.attrs(attrs);
        self.body.push('>');
    }

    pub fn close(&mut self) {
        self.body.push_str("</g>");
    }

    /// A tooltip of the enclosing group (browsers show it on hover; renderers ignore it).
    pub fn tooltip(&mut self, text: &str) {
        let _ = write!(self.body, "<title>{}</title>", escape(text));
    }

    /// One line of text with its baseline at `y`.
    #[allow(clippy::too_many_arguments)] // the drawing primitive: every argument is one attribute
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        anchor: Anchor,
        font: &Font,
        text: &str,
        class: &str,
        attrs: Attrs<'_>,
    ) {
        let _ = write!(
            self.body,
            "<text class=\"{}\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\" fill=\"{}\"",
            escape(class),
            num(self.x(x)),
            num(y),
            anchor.as_str(),
            num(font.size),
            font.fill,
        );
        if font.weight == Weight::Bold {
            self.body.push_str(" font-weight=\"bold\"");
        }
        if font.halo {
            let _ = write!(
                self.body,
                " stroke=\"{BACKGROUND}\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""
            );
        }
        self.attrs(attrs);
        self.body.push('>');
        self.runs(text);
        self.body.push_str("</text>");
    }

    /// Text content with each run the chart's first family lacks (a Latin `p` in Arabic text)
    /// in a `tspan` naming the family that has it. resvg's own fallback fails when the first
    /// face forms ligatures (Arabic lam-alef) and draws boxes; a span of its own is shaped
    /// with its family and merged by cluster. Browsers get the same fonts.
    fn runs(&mut self, text: &str) {
        let second = if self.rtl {
            LATIN_FAMILY
        } else {
            ARABIC_FAMILY
        };
        for (range, face) in runs(text, self.rtl) {
            let part = escape(&text[range]);
            if face == 0 {
                self.body.push_str(&part);
            } else {
                let _ = write!(
                    self.body,
                    "<tspan font-family=\"'{second}'\">{part}</tspan>"
                );
            }
        }
    }

    /// Wrapped lines, the first baseline at `y`; returns the y below the last line.
    #[allow(clippy::too_many_arguments)] // as `text`, plus the lines
    pub fn lines(
        &mut self,
        x: f64,
        y: f64,
        anchor: Anchor,
        font: &Font,
        lines: &[String],
        class: &str,
        attrs: Attrs<'_>,
    ) -> f64 {
        let mut baseline = y;
        for line in lines {
            self.text(x, baseline, anchor, font, line, class, attrs);
            baseline += font.line_height();
        }
        baseline - font.line_height() + font.size * 0.35
    }

    #[allow(clippy::too_many_arguments)] // a line and its stroke
    pub fn line(
        &mut self,
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        stroke: Rgb,
        width: f64,
        dash: Option<&str>,
        class: &str,
    ) {
        let _ = write!(
            self.body,
            "<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"",
            escape(class),
            num(self.x(x1)),
            num(y1),
            num(self.x(x2)),
            num(y2),
            num(width),
        );
        if let Some(d) = dash {
            let _ = write!(self.body, " stroke-dasharray=\"{d}\"");
        }
        self.body.push_str("/>");
    }

    /// A rectangle from logical `x` to `x + w`.
    #[allow(clippy::too_many_arguments)] // a rectangle and its fill
    pub fn rect(
        &mut self,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: Rgb,
        class: &str,
        attrs: Attrs<'_>,
    ) {
        let left = if self.rtl { self.width - x - w } else { x };
        let _ = write!(
            self.body,
            "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"",
            escape(class),
            num(left),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0)),
        );
        self.attrs(attrs);
        self.body.push_str("/>");
    }

    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, fill: Rgb, class: &str) {
        let _ = write!(
            self.body,
            "<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"{BACKGROUND}\" stroke-width=\"1.5\"/>",
            escape(class),
            num(self.x(cx)),
            num(cy),
            num(r),
        );
    }

    /// A closed polygon through logical points.
    pub fn polygon(&mut self, points: &[(f64, f64)], fill: Rgb, class: &str) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", num(self.x(*x)), num(*y)))
            .collect();
        let _ = write!(
            self.body,
            "<polygon class=\"{}\" points=\"{}\" fill=\"{fill}\" stroke=\"{BACKGROUND}\" stroke-width=\"1\"/>",
            escape(class),
            pts.join(" "),
        );
    }

    /// An open line through logical points.
    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: Rgb, width: f64, class: &str) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", num(self.x(*x)), num(*y)))
            .collect();
        let _ = write!(
            self.body,
            "<polyline class=\"{}\" points=\"{}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>",
            escape(class),
            pts.join(" "),
            num(width),
        );
    }

    /// The whole document: root element (size, language, direction, the accessible name and
    /// description), a white background, then the body.
    pub fn finish(self, height: f64, lang: &str, title: &str, desc: &str, kind: &str) -> String {
        let (w, h) = (num(self.width), num(height.ceil()));
        let families = if self.rtl {
            format!("'{ARABIC_FAMILY}', '{LATIN_FAMILY}', sans-serif")
        } else {
            format!("'{LATIN_FAMILY}', '{ARABIC_FAMILY}', sans-serif")
        };
        let id = escape(&self.id);
        let mut out = String::with_capacity(self.body.len() + 1024);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"atmos-chart {kind}\" \
             width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
             aria-labelledby=\"{id}-title {id}-desc\" lang=\"{lang}\" xml:lang=\"{lang}\"{} \
             font-family=\"{}\">",
            if self.rtl { " direction=\"rtl\"" } else { "" },
            escape(&families),
        );
        let _ = write!(
            out,
            "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            escape(title),
            escape(desc)
        );
        let _ = write!(
            out,
            "<rect class=\"background\" x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{BACKGROUND}\"/>"
        );
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::palette::TEXT;

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(0.5), "0.5");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn right_to_left_mirrors_x_but_keeps_logical_anchors() {
        let mut svg = Svg::new(100.0, true, "c");
        svg.text(
            10.0,
            20.0,
            Anchor::Start,
            &Font::new(12.0, Weight::Regular, TEXT),
            "x",
            "t",
            &[],
        );
        svg.rect(10.0, 0.0, 30.0, 5.0, TEXT, "r", &[]);
        let out = svg.finish(50.0, "ar", "T", "D", "trend");
        assert!(
            out.contains("x=\"90\" y=\"20\" text-anchor=\"start\""),
            "{out}"
        );
        assert!(out.contains("<rect class=\"r\" x=\"60\""), "{out}");
        assert!(out.contains("direction=\"rtl\""), "{out}");
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width() {
        let svg = Svg::new(300.0, false, "c");
        let font = Font::new(12.0, Weight::Regular, TEXT);
        let text = "Ilmoitti kokemastaan (syrjintää, häirintää tai väkivaltaa kokeneista)";
        let lines = svg.wrap(text, &font, 150.0);
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(svg.measure(l, &font) <= 150.0, "{l}");
        }
    }
}
