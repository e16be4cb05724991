//! Compares `schema.rs` with a migrated database: the same tables, and for each the same
//! columns in the same order with the same types, nullability and primary key.
//!
//! The declared side is read from diesel itself (the SQL diesel generates for
//! `select(all_columns)` and the table's `SqlType` tuple), so a column added to the SQL or to
//! `schema.rs` alone is caught without a hand-kept list.

use diesel::pg::{Pg, PgMetadataLookup};
use diesel::prelude::*;
use diesel::query_builder::{QueryFragment, QueryId};
use diesel::sql_types::{BigInt, Bool, HasSqlType, SqlType, Text, is_nullable};

use crate::error::StoreError;
use crate::schema;

/// One column as a type OID and nullability.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ColumnType {
    oid: u32,
    nullable: bool,
}

/// Whether a diesel SQL type is `Nullable<_>`.
trait Nullability {
    const NULLABLE: bool;
}

impl Nullability for is_nullable::NotNull {
    const NULLABLE: bool = false;
}

impl Nullability for is_nullable::IsNullable {
    const NULLABLE: bool = true;
}

/// The column types of a table's `SqlType` tuple.
trait ColumnTypes {
    fn column_types(lookup: &mut PgConnection) -> Result<Vec<ColumnType>, String>;
}

fn column_type<T>(lookup: &mut PgConnection) -> Result<ColumnType, String>
where
    T: SqlType,
    T::IsNull: Nullability,
    Pg: HasSqlType<T>,
{
    let lookup: &mut dyn PgMetadataLookup = lookup;
    let oid = <Pg as HasSqlType<T>>::metadata(lookup)
        .oid()
        .map_err(|error| error.to_string())?;
    Ok(ColumnType {
        oid,
        nullable: <T::IsNull as Nullability>::NULLABLE,
    })
}

macro_rules! column_types_for_tuples {
    ($($name:ident),+) => {
        impl<$($name),+> ColumnTypes for ($($name,)+)
        where
            $($name: SqlType, $name::IsNull: Nullability, Pg: HasSqlType<$name>,)+
        {
            fn column_types(lookup: &mut PgConnection) -> Result<Vec<ColumnType>, String> {
                Ok(vec![$(column_type::<$name>(lookup)?),+])
            }
        }
    };
}

column_types_for_tuples!(A);
column_types_for_tuples!(A, B);
column_types_for_tuples!(A, B, C);
column_types_for_tuples!(A, B, C, D);
column_types_for_tuples!(A, B, C, D, E);
column_types_for_tuples!(A, B, C, D, E, F);
column_types_for_tuples!(A, B, C, D, E, F, G);
column_types_for_tuples!(A, B, C, D, E, F, G, H);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J, K);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J, K, L);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J, K, L, M);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J, K, L, M, N);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O);
column_types_for_tuples!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P);

/// What `schema.rs` says about one table.
#[derive(Debug)]
struct Declared {
    table: &'static str,
    columns: Vec<String>,
    types: Vec<ColumnType>,
    primary_key: Vec<String>,
}

/// Column names from the SQL diesel generates for a select: `SELECT "t"."a", "t"."b" FROM ...`.
fn selected_columns<Q>(query: &Q) -> Vec<String>
where
    Q: QueryFragment<Pg> + QueryId,
{
    let sql = diesel::debug_query::<Pg, _>(query).to_string();
    let list = sql
        .strip_prefix("SELECT ")
        .and_then(|rest| rest.split_once(" FROM "))
        .map_or("", |(list, _)| list);
    list.split(", ")
        .map(|column| {
            let name = column.rsplit('.').next().unwrap_or(column);
            name.trim_matches('"').to_owned()
        })
        .collect()
}

macro_rules! declared {
    ($conn:expr, $table:ident) => {{
        let table = schema::$table::table;
        Declared {
            table: stringify!($table),
            columns: selected_columns(&table.select(schema::$table::all_columns)),
            types: <schema::$table::SqlType as ColumnTypes>::column_types($conn)
                .map_err(|error| format!("{}: {error}", stringify!($table)))?,
            primary_key: selected_columns(&table.select(table.primary_key())),
        }
    }};
}

fn declared_tables(conn: &mut PgConnection) -> Result<Vec<Declared>, String> {
    Ok(vec![
        declared!(conn, surveys),
        declared!(conn, questionnaires),
        declared!(conn, waves),
        declared!(conn, responses),
        declared!(conn, answers),
        declared!(conn, invitations),
        declared!(conn, users),
        declared!(conn, user_sessions),
        declared!(conn, audit_log),
        declared!(conn, wave_margins),
    ])
}

#[derive(QueryableByName)]
struct TableRow {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct ColumnRow {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = BigInt)]
    oid: i64,
    #[diesel(sql_type = Bool)]
    not_null: bool,
}

/// The differences between `schema.rs` and the database `conn` is connected to; empty when
/// they match. Diesel's own bookkeeping table is ignored.
pub fn schema_mismatches(conn: &mut PgConnection) -> Result<Vec<String>, StoreError> {
    let declared = declared_tables(conn).map_err(StoreError::Corrupt)?;
    let mut mismatches = Vec::new();

    let mut actual_tables: Vec<String> = diesel::sql_query(
        "SELECT tablename::text AS name FROM pg_tables \
         WHERE schemaname = 'public' AND tablename <> '__diesel_schema_migrations'",
    )
    .load::<TableRow>(conn)?
    .into_iter()
    .map(|row| row.name)
    .collect();
    actual_tables.sort();
    let mut declared_names: Vec<&str> = declared.iter().map(|table| table.table).collect();
    declared_names.sort_unstable();
    if actual_tables != declared_names {
        mismatches.push(format!(
            "tables: schema.rs declares {declared_names:?}, the database has {actual_tables:?}"
        ));
    }

    for table in &declared {
        let columns = diesel::sql_query(
            "SELECT attname::text AS name, atttypid::int8 AS oid, attnotnull AS not_null \
             FROM pg_attribute \
             WHERE attrelid = to_regclass('public.' || quote_ident($1)) \
               AND attnum > 0 AND NOT attisdropped \
             ORDER BY attnum",
        )
        .bind::<Text, _>(table.table)
        .load::<ColumnRow>(conn)?;
        let names: Vec<String> = columns.iter().map(|column| column.name.clone()).collect();
        if names != table.columns {
            mismatches.push(format!(
                "{}: schema.rs has columns {:?}, the database {:?}",
                table.table, table.columns, names
            ));
            continue;
        }
        for ((name, declared), actual) in table.columns.iter().zip(&table.types).zip(&columns) {
            if i64::from(declared.oid) != actual.oid {
                mismatches.push(format!(
                    "{}.{name}: schema.rs type oid {}, database type oid {}",
                    table.table, declared.oid, actual.oid
                ));
            }
            if declared.nullable == actual.not_null {
                mismatches.push(format!(
                    "{}.{name}: schema.rs says {}, the database {}",
                    table.table,
                    if declared.nullable {
                        "nullable"
                    } else {
                        "NOT NULL"
                    },
                    if actual.not_null {
                        "NOT NULL"
                    } else {
                        "nullable"
                    },
                ));
            }
        }

        let primary_key: Vec<String> = diesel::sql_query(
            "SELECT a.attname::text AS name \
             FROM pg_index i \
             CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) \
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum \
             WHERE i.indrelid = to_regclass('public.' || quote_ident($1)) AND i.indisprimary \
             ORDER BY k.position",
        )
        .bind::<Text, _>(table.table)
        .load::<TableRow>(conn)?
        .into_iter()
        .map(|row| row.name)
        .collect();
        if primary_key != table.primary_key {
            mismatches.push(format!(
                "{}: schema.rs primary key {:?}, the database's {:?}",
                table.table, table.primary_key, primary_key
            ));
        }
    }
    Ok(mismatches)
}

/// Panics with the list of differences unless `schema.rs` matches the database.
pub fn assert_schema_matches(conn: &mut PgConnection) {
    match schema_mismatches(conn) {
        Ok(mismatches) if mismatches.is_empty() => {}
        Ok(mismatches) => panic!(
            "schema.rs does not match the migrated database:\n  {}",
            mismatches.join("\n  ")
        ),
        Err(error) => panic!("cannot compare schema.rs with the database: {error}"),
    }
}
