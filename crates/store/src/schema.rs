//! Diesel's view of the tables in `migrations/`, written by hand (no diesel_cli here).
//!
//! Keep it in step with the SQL: `tests/schema.rs` compares every table, column, type,
//! nullability and primary key with a migrated database.

diesel::table! {
    surveys (id) {
        id -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    questionnaires (id) {
        id -> Int8,
        survey_id -> Text,
        version -> Int4,
        hash -> Text,
        definition -> Jsonb,
        loaded_at -> Timestamptz,
    }
}

diesel::table! {
    waves (id) {
        id -> Int8,
        survey_id -> Text,
        questionnaire_id -> Int8,
        label -> Text,
        status -> Text,
        opens_at -> Nullable<Timestamptz>,
        closes_at -> Nullable<Timestamptz>,
        invitation_required -> Bool,
        created_at -> Timestamptz,
        opened_at -> Nullable<Timestamptz>,
        closed_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    responses (id) {
        id -> Uuid,
        wave_id -> Int8,
        locale -> Text,
        status -> Text,
        started_at -> Timestamptz,
        updated_at -> Timestamptz,
        submitted_at -> Nullable<Timestamptz>,
        resume_hash -> Nullable<Bytea>,
    }
}

diesel::table! {
    answers (response_id, question_id, item, seq) {
        response_id -> Uuid,
        question_id -> Text,
        item -> Text,
        seq -> Int2,
        option_code -> Nullable<Text>,
        number_value -> Nullable<Float8>,
        text_value -> Nullable<Text>,
    }
}

diesel::table! {
    invitations (id) {
        id -> Int8,
        wave_id -> Int8,
        code_hash -> Bytea,
        created_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    users (id) {
        id -> Int8,
        username -> Text,
        role -> Text,
        password_hash -> Text,
        disabled -> Bool,
        must_change_password -> Bool,
        created_at -> Timestamptz,
        password_changed_at -> Timestamptz,
    }
}

diesel::table! {
    user_sessions (token_hash) {
        token_hash -> Bytea,
        user_id -> Int8,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Int8,
        at -> Timestamptz,
        user_id -> Nullable<Int8>,
        username -> Nullable<Text>,
        action -> Text,
        detail -> Jsonb,
    }
}

diesel::table! {
    wave_margins (wave_id) {
        wave_id -> Int8,
        margins -> Jsonb,
        source -> Nullable<Text>,
        uploaded_by -> Nullable<Int8>,
        uploaded_at -> Timestamptz,
    }
}

diesel::joinable!(questionnaires -> surveys (survey_id));
diesel::joinable!(waves -> surveys (survey_id));
diesel::joinable!(waves -> questionnaires (questionnaire_id));
diesel::joinable!(responses -> waves (wave_id));
diesel::joinable!(answers -> responses (response_id));
diesel::joinable!(invitations -> waves (wave_id));
diesel::joinable!(user_sessions -> users (user_id));
diesel::joinable!(audit_log -> users (user_id));
diesel::joinable!(wave_margins -> waves (wave_id));
diesel::joinable!(wave_margins -> users (uploaded_by));

diesel::allow_tables_to_appear_in_same_query!(
    surveys,
    questionnaires,
    waves,
    responses,
    answers,
    invitations,
    users,
    user_sessions,
    audit_log,
    wave_margins,
);
