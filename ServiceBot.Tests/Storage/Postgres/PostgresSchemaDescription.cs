using System.Data.Common;
using Dapper;

namespace ServiceBot.Tests.Storage.Postgres;

/// <summary>
/// The public schema of a database as PostgreSQL's catalog holds it, one sorted line per object: each column with its
/// type, nullability, default, identity, compression, storage and the columns before it; each relation's kind,
/// options and TOAST table; constraints, indexes, functions and sequences as the server prints them.
/// <c>schema_migrations</c> is left out (the runner makes it, not the scripts).
/// </summary>
internal static class PostgresSchemaDescription
{
    private const string Query = """
        SELECT 'column ' || c.relname || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
               || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
               || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
               || CASE WHEN a.attcompression <> '' THEN ' compression ' || a.attcompression::text ELSE '' END
               || ' storage ' || a.attstorage::text
               || ' after ' || coalesce((SELECT string_agg(b.attname, ',' ORDER BY b.attnum) FROM pg_attribute b
                                         WHERE b.attrelid = c.oid AND b.attnum > 0 AND b.attnum < a.attnum AND NOT b.attisdropped), '')
        FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
        UNION ALL
        SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(array_to_string(c.reloptions, ','), '')
               || ' toast ' || (c.reltoastrelid <> 0)::text
        FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT IN ('schema_migrations', 'schema_migrations_pkey')
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid <> 'schema_migrations'::regclass
        UNION ALL
        SELECT 'index ' || pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relnamespace = 'public'::regnamespace AND i.indrelid <> 'schema_migrations'::regclass
        UNION ALL
        SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
        UNION ALL
        SELECT 'sequence ' || s.seqrelid::regclass::text || ' ' || format_type(s.seqtypid, NULL) || ' ' || s.seqstart
               || ' ' || s.seqincrement || ' ' || s.seqmax || ' ' || s.seqmin || ' ' || s.seqcache || ' ' || s.seqcycle
               || ' owned by ' || coalesce((SELECT t.relname || '.' || ta.attname || ' ' || dep.deptype::text
                                            FROM pg_depend dep
                                            JOIN pg_class t ON t.oid = dep.refobjid AND dep.refclassid = 'pg_class'::regclass
                                            JOIN pg_attribute ta ON ta.attrelid = t.oid AND ta.attnum = dep.refobjsubid
                                            WHERE dep.classid = 'pg_class'::regclass AND dep.objid = s.seqrelid), '')
        FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
        WHERE c.relnamespace = 'public'::regnamespace
        ORDER BY 1
        """;

    public static async Task<IReadOnlyList<string>> OfAsync(DbConnection connection) =>
        (await connection.QueryAsync<string>(Query)).ToList();
}
