//! Between the survey model's typed answers and the store's rows.

use std::collections::BTreeMap;

use atmos_store::{Answer, AnswerValue as Stored, NewAnswer};
use atmos_survey::{AnswerValue, Item, QuestionKind, ResponseAnswers, Survey};

pub fn to_rows(answers: &ResponseAnswers) -> Vec<NewAnswer> {
    let mut rows = Vec::new();
    for (item, value) in answers.iter() {
        let row = |a: NewAnswer| match &item.row {
            Some(r) => a.with_item(r.clone()),
            None => a,
        };
        match value {
            AnswerValue::Code(c) => rows.push(row(NewAnswer::option(&item.question, c))),
            AnswerValue::Codes(cs) => {
                rows.extend(cs.iter().map(|c| row(NewAnswer::option(&item.question, c))));
            }
            AnswerValue::Number(n) => rows.push(row(NewAnswer::number(&item.question, *n))),
            AnswerValue::Text(t) => rows.push(row(NewAnswer::text(&item.question, t))),
        }
    }
    rows
}

/// Rebuild typed answers; rows of questions the questionnaire does not know are ignored.
pub fn from_rows(survey: &Survey, rows: Vec<Answer>) -> ResponseAnswers {
    let mut grouped: BTreeMap<Item, Vec<Stored>> = BTreeMap::new();
    for r in rows {
        let item = Item {
            question: r.question_id,
            row: (!r.item.is_empty()).then_some(r.item),
        };
        grouped.entry(item).or_default().push(r.value);
    }
    let mut answers = ResponseAnswers::new();
    for (item, values) in grouped {
        let Some((_, q)) = survey.question(&item.question) else {
            continue;
        };
        let value = match (&q.kind, values.as_slice()) {
            (QuestionKind::Multiple { .. }, vs) => AnswerValue::Codes(
                vs.iter()
                    .filter_map(|v| match v {
                        Stored::Option(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
            ),
            (_, [Stored::Option(c)]) => AnswerValue::Code(c.clone()),
            (_, [Stored::Number(n)]) => AnswerValue::Number(*n),
            (_, [Stored::Text(t)]) => AnswerValue::Text(t.clone()),
            _ => continue,
        };
        answers.insert(item, value);
    }
    answers
}
