/**
 * Sleet's runtime: the schema annotations, the typed query DSL, type mapping, and D1's verbs on an embedded SQLite
 * that behaves like D1 or on a remote D1 database. Only the API packages are exported; the {@code internal} packages
 * beside them hold how the API renders and reads, and change without notice.
 */
module dev.sleet.dsl {
    requires java.sql;
    requires transitive org.jspecify;
    requires java.net.http;
    requires transitive com.fasterxml.jackson.databind; // SqlTypes.json takes Jackson's TypeReference
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.xerial.sqlitejdbc;

    exports dev.sleet;
    exports dev.sleet.d1;
    exports dev.sleet.d1.http;
    exports dev.sleet.d1.sqlite;
    exports dev.sleet.errors;
    exports dev.sleet.expr;
    exports dev.sleet.migrations;
    exports dev.sleet.query;
    exports dev.sleet.result;
    exports dev.sleet.schema;
    exports dev.sleet.sql;
    exports dev.sleet.table;
    exports dev.sleet.tuple;
    exports dev.sleet.types;
}
