//! Splits a rule into tokens.
//!
//! The whole rule is tokenized before parsing: rules are short, and having the
//! tokens in a vector lets the parser look one token ahead (to tell a call
//! `len(q)` from a reference `len`) without a streaming lexer.

use super::ast::Span;
use super::parser::ParseError;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    Ident(String),
    Number(f64),
    Str(String),
    And,
    Or,
    Not,
    In,
    True,
    False,
    Null,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Dot,
    Plus,
    Minus,
    Star,
    Slash,
    EqEq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Eof,
}

impl Tok {
    /// How the token is named in "expected ..., found ..." messages.
    pub(crate) fn describe(&self) -> String {
        match self {
            Tok::Ident(name) => format!("name '{name}'"),
            Tok::Number(n) => format!("number {n}"),
            Tok::Str(s) => format!("string '{s}'"),
            Tok::And => "keyword 'and'".into(),
            Tok::Or => "keyword 'or'".into(),
            Tok::Not => "keyword 'not'".into(),
            Tok::In => "keyword 'in'".into(),
            Tok::True => "'true'".into(),
            Tok::False => "'false'".into(),
            Tok::Null => "'null'".into(),
            Tok::LParen => "'('".into(),
            Tok::RParen => "')'".into(),
            Tok::LBracket => "'['".into(),
            Tok::RBracket => "']'".into(),
            Tok::Comma => "','".into(),
            Tok::Dot => "'.'".into(),
            Tok::Plus => "'+'".into(),
            Tok::Minus => "'-'".into(),
            Tok::Star => "'*'".into(),
            Tok::Slash => "'/'".into(),
            Tok::EqEq => "'=='".into(),
            Tok::Ne => "'!='".into(),
            Tok::Lt => "'<'".into(),
            Tok::Le => "'<='".into(),
            Tok::Gt => "'>'".into(),
            Tok::Ge => "'>='".into(),
            Tok::Eof => "end of rule".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub(crate) tok: Tok,
    pub(crate) span: Span,
}

/// A position in the source that only moves forward over whole characters,
/// so slicing never splits a UTF-8 sequence.
struct Cursor<'s> {
    src: &'s str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.src
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
    }

    fn peek_second(&self) -> Option<char> {
        self.src
            .get(self.pos..)
            .and_then(|rest| rest.chars().nth(1))
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat_while(&mut self, pred: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&pred) {
            self.bump();
        }
    }

    fn slice(&self, start: usize) -> &str {
        self.src.get(start..self.pos).unwrap_or("")
    }
}

/// Tokenizes `src`; the result always ends with one `Tok::Eof`.
pub(crate) fn lex(src: &str) -> Result<Vec<Token>, ParseError> {
    let mut cur = Cursor { src, pos: 0 };
    let mut tokens = Vec::new();
    while let Some(c) = cur.peek() {
        let start = cur.pos;
        let tok = match c {
            ' ' | '\t' | '\n' | '\r' => {
                cur.bump();
                continue;
            }
            'a'..='z' => {
                cur.eat_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                keyword_or_ident(cur.slice(start))
            }
            '0'..='9' => number(&mut cur)?,
            '\'' | '"' => string(&mut cur)?,
            _ => {
                cur.bump();
                punctuation(&mut cur, c, start)?
            }
        };
        tokens.push(Token {
            tok,
            span: Span::new(start, cur.pos),
        });
    }
    tokens.push(Token {
        tok: Tok::Eof,
        span: Span::new(src.len(), src.len()),
    });
    Ok(tokens)
}

fn keyword_or_ident(word: &str) -> Tok {
    match word {
        "and" => Tok::And,
        "or" => Tok::Or,
        "not" => Tok::Not,
        "in" => Tok::In,
        "true" => Tok::True,
        "false" => Tok::False,
        "null" => Tok::Null,
        _ => Tok::Ident(word.to_owned()),
    }
}

/// `c` (at `start`) has been consumed.
fn punctuation(cur: &mut Cursor<'_>, c: char, start: usize) -> Result<Tok, ParseError> {
    // The two-character operators share their first character with a
    // one-character one (or with a common mistake), so look at the next one.
    let followed_by_eq = cur.peek() == Some('=');
    let unexpected = |hint: &'static str| ParseError::UnexpectedChar {
        ch: c,
        hint,
        offset: start,
    };
    let tok = match c {
        '(' => Tok::LParen,
        ')' => Tok::RParen,
        '[' => Tok::LBracket,
        ']' => Tok::RBracket,
        ',' => Tok::Comma,
        '.' => Tok::Dot,
        '+' => Tok::Plus,
        '-' => Tok::Minus,
        '*' => Tok::Star,
        '/' => Tok::Slash,
        '=' if followed_by_eq => Tok::EqEq,
        '=' => return Err(unexpected("; use '==' to compare")),
        '!' if followed_by_eq => Tok::Ne,
        '!' => return Err(unexpected("; use 'not' to negate")),
        '<' if followed_by_eq => Tok::Le,
        '<' => return Ok(Tok::Lt),
        '>' if followed_by_eq => Tok::Ge,
        '>' => return Ok(Tok::Gt),
        '&' => return Err(unexpected("; use 'and'")),
        '|' => return Err(unexpected("; use 'or'")),
        'A'..='Z' => return Err(unexpected("; names and keywords are lowercase")),
        '_' => return Err(unexpected("; names start with a letter a-z")),
        _ => return Err(unexpected("")),
    };
    if matches!(tok, Tok::EqEq | Tok::Ne | Tok::Le | Tok::Ge) {
        cur.bump();
    }
    Ok(tok)
}

/// NUMBER := [0-9]+ ("." [0-9]+)?
fn number(cur: &mut Cursor<'_>) -> Result<Tok, ParseError> {
    let start = cur.pos;
    let invalid = |reason: &'static str| ParseError::InvalidNumber {
        reason,
        offset: start,
    };
    cur.eat_while(|c| c.is_ascii_digit());
    if cur.peek() == Some('.') {
        if !cur.peek_second().is_some_and(|c| c.is_ascii_digit()) {
            return Err(invalid("expected a digit after '.'"));
        }
        cur.bump();
        cur.eat_while(|c| c.is_ascii_digit());
    }
    // `1a`, `1_2` or `1.2.3` are never numbers; they are most likely option
    // codes that were not quoted, so say so rather than failing later with a
    // puzzling "expected an operator".
    if cur
        .peek()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
    {
        return Err(invalid(
            "a number runs into letters or dots (option codes are strings: quote them, as in '1_2')",
        ));
    }
    let value: f64 = cur
        .slice(start)
        .parse()
        .map_err(|_| invalid("not a decimal number"))?;
    // Very long digit strings parse to infinity; refuse them here so that no
    // non-finite number ever reaches evaluation.
    if !value.is_finite() {
        return Err(ParseError::NumberTooLarge { offset: start });
    }
    Ok(Tok::Number(value))
}

/// STRING := '...' | "..." with escapes \' \" \\ only, on one line.
fn string(cur: &mut Cursor<'_>) -> Result<Tok, ParseError> {
    let start = cur.pos;
    let quote = cur.bump();
    let mut value = String::new();
    loop {
        let at = cur.pos;
        match cur.bump() {
            // A rule is one line of TOML; a string running past the line end
            // is a missing closing quote, not a multi-line string.
            None | Some('\n' | '\r') => {
                return Err(ParseError::UnterminatedString { offset: start });
            }
            Some('\\') => match cur.bump() {
                Some(c @ ('\'' | '"' | '\\')) => value.push(c),
                None | Some('\n' | '\r') => {
                    return Err(ParseError::UnterminatedString { offset: start });
                }
                Some(c) => return Err(ParseError::InvalidEscape { ch: c, offset: at }),
            },
            Some(c) if Some(c) == quote => return Ok(Tok::Str(value)),
            Some(c) => value.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        match lex(src) {
            Ok(tokens) => tokens.into_iter().map(|t| t.tok).collect(),
            Err(e) => panic!("lex error in {src:?}: {e}"),
        }
    }

    fn err(src: &str) -> ParseError {
        match lex(src) {
            Ok(t) => panic!("expected an error for {src:?}, got {t:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn operators_and_keywords() {
        assert_eq!(
            toks("== != < <= > >= + - * / ( ) [ ] , . and or not in true false null"),
            vec![
                Tok::EqEq,
                Tok::Ne,
                Tok::Lt,
                Tok::Le,
                Tok::Gt,
                Tok::Ge,
                Tok::Plus,
                Tok::Minus,
                Tok::Star,
                Tok::Slash,
                Tok::LParen,
                Tok::RParen,
                Tok::LBracket,
                Tok::RBracket,
                Tok::Comma,
                Tok::Dot,
                Tok::And,
                Tok::Or,
                Tok::Not,
                Tok::In,
                Tok::True,
                Tok::False,
                Tok::Null,
                Tok::Eof,
            ]
        );
    }

    #[test]
    fn operators_without_spaces() {
        assert_eq!(
            toks("a<=1"),
            vec![Tok::Ident("a".into()), Tok::Le, Tok::Number(1.0), Tok::Eof]
        );
        assert_eq!(
            toks("a<-1"),
            vec![
                Tok::Ident("a".into()),
                Tok::Lt,
                Tok::Minus,
                Tok::Number(1.0),
                Tok::Eof
            ]
        );
    }

    #[test]
    fn identifiers_and_keyword_prefixes() {
        assert_eq!(
            toks("android oracle notes index q_1"),
            vec![
                Tok::Ident("android".into()),
                Tok::Ident("oracle".into()),
                Tok::Ident("notes".into()),
                Tok::Ident("index".into()),
                Tok::Ident("q_1".into()),
                Tok::Eof,
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("0 12 12.5 007"),
            vec![
                Tok::Number(0.0),
                Tok::Number(12.0),
                Tok::Number(12.5),
                Tok::Number(7.0),
                Tok::Eof
            ]
        );
        assert!(matches!(
            err("1."),
            ParseError::InvalidNumber { offset: 0, .. }
        ));
        assert!(matches!(
            err("x == 1a"),
            ParseError::InvalidNumber { offset: 5, .. }
        ));
        assert!(matches!(
            err("1.2.3"),
            ParseError::InvalidNumber { offset: 0, .. }
        ));
        let huge = "9".repeat(400);
        assert_eq!(err(&huge), ParseError::NumberTooLarge { offset: 0 });
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(
            toks(r#"'a' "b" 'it\'s' "say \"hi\"" 'back\\slash' 'ä' '' "'""#),
            vec![
                Tok::Str("a".into()),
                Tok::Str("b".into()),
                Tok::Str("it's".into()),
                Tok::Str("say \"hi\"".into()),
                Tok::Str("back\\slash".into()),
                Tok::Str("ä".into()),
                Tok::Str(String::new()),
                Tok::Str("'".into()),
                Tok::Eof,
            ]
        );
        assert_eq!(
            err("x == 'abc"),
            ParseError::UnterminatedString { offset: 5 }
        );
        assert_eq!(
            err("x == 'ab\nc'"),
            ParseError::UnterminatedString { offset: 5 }
        );
        assert_eq!(err("'ab\\"), ParseError::UnterminatedString { offset: 0 });
        assert_eq!(
            err("'a\\nb'"),
            ParseError::InvalidEscape { ch: 'n', offset: 2 }
        );
    }

    #[test]
    fn bad_characters_with_hints() {
        let e = err("a = 1");
        assert_eq!(e.offset(), 2);
        assert_eq!(
            e.to_string(),
            "unexpected character '='; use '==' to compare"
        );
        assert!(err("a && b").to_string().contains("use 'and'"));
        assert!(err("a || b").to_string().contains("use 'or'"));
        assert!(err("!a").to_string().contains("use 'not'"));
        assert!(err("Gender").to_string().contains("lowercase"));
        assert_eq!(err("genderX").offset(), 6);
        assert_eq!(err("a == ä").offset(), 5);
        assert_eq!(err("a # comment").offset(), 2);
    }

    #[test]
    fn spans_are_byte_offsets() {
        let tokens = lex("'ää' == q").unwrap_or_default();
        let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        assert_eq!(
            spans,
            vec![
                Span::new(0, 6),
                Span::new(7, 9),
                Span::new(10, 11),
                Span::new(11, 11)
            ]
        );
    }
}
