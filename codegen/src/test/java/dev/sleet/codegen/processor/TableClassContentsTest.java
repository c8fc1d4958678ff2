package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.diagnostics;
import static dev.sleet.codegen.processor.CompilationSupport.generatedSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What goes into a table class beyond the golden schema: column options for keys, javadoc, and records whose shape
 * is unusual. Whatever the record, the processor either generates a class that compiles or reports an error in the
 * record's own source.
 */
class TableClassContentsTest {

    private static JavaFileObject record(String qualifiedName, String body) {
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = dot < 0 ? "" : "package " + qualifiedName.substring(0, dot) + ";\n\n";
        return JavaFileObjects.forSourceString(
                qualifiedName, pkg + "import dev.sleet.schema.*;\nimport java.util.*;\n\n" + body);
    }

    // --- column options ---------------------------------------------------------------------------------------------

    @Test
    void rowidKeyIsPrimaryKeyAndFilledByTheDatabase() {
        Compilation c = CompilationSupport.compile(record("app.Note", """
        @Table("notes")
        public record Note(@PrimaryKey Long id, String text) {}
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Notes"))
                .contains(
                        "public final NumberColumn<Long> ID = numberColumn(\"id\", SqlTypes.LONG, ColumnOption.PRIMARY_KEY, "
                                + "ColumnOption.HAS_DEFAULT);");
    }

    @Test
    void textKeyIsPrimaryKeyButNotFilledByTheDatabase() {
        Compilation c = CompilationSupport.compile(record("app.Note", """
        @Table("notes")
        public record Note(@PrimaryKey String id, String text) {}
        """));
        assertThat(generatedSource(c, "app.Notes"))
                .contains("public final StringColumn ID = stringColumn(\"id\", ColumnOption.PRIMARY_KEY);");
    }

    @Test
    void compositeKeyColumnsAreMarkedPrimaryKey() {
        // ColumnOption.PRIMARY_KEY: "The column is (part of) the primary key."
        Compilation c = CompilationSupport.compile(record("app.Membership", """
        @Table(value = "memberships", primaryKey = {"userId", "teamId"})
        public record Membership(String userId, long teamId, String role) {}
        """));
        assertThat(c).succeeded();
        String source = generatedSource(c, "app.Memberships");
        assertThat(source)
                .contains("public final StringColumn USER_ID = stringColumn(\"user_id\", ColumnOption.PRIMARY_KEY);")
                .contains("public final NumberColumn<Long> TEAM_ID = numberColumn(\"team_id\", SqlTypes.LONG, "
                        + "ColumnOption.PRIMARY_KEY);")
                .contains("public final StringColumn ROLE = stringColumn(\"role\");");
    }

    @Test
    void integerKeyOfAWithoutRowidTableIsNotFilledByTheDatabase() {
        // In a WITHOUT ROWID table an INTEGER PRIMARY KEY is no rowid alias: SQLite never assigns it, and NOT NULL is
        // enforced. HAS_DEFAULT would make inserts leave a null id out instead of reporting the missing value.
        Compilation c = CompilationSupport.compile(record("app.Counter", """
        @Table(value = "counters", withoutRowid = true)
        public record Counter(@PrimaryKey Long id, int count) {}
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Counters"))
                .contains(
                        "public final NumberColumn<Long> ID = numberColumn(\"id\", SqlTypes.LONG, ColumnOption.PRIMARY_KEY);");
    }

    @Test
    void generatedColumnWithAnIntegerKeyLikeExpressionIsGeneratedNotDefaulted() {
        Compilation c = CompilationSupport.compile(record("app.Item", """
        @Table("items")
        public record Item(@PrimaryKey String id, int price, int quantity,
            @GeneratedColumn(value = "price * quantity", stored = true) Integer total) {}
        """));
        assertThat(generatedSource(c, "app.Items"))
                .contains("public final NumberColumn<Integer> TOTAL = numberColumn(\"total\", SqlTypes.INTEGER, "
                        + "ColumnOption.GENERATED);");
    }

    @Test
    void primitiveComponentsAreNotNullEvenWhenMarkedNullable() {
        Compilation c = CompilationSupport.compile(
                JavaFileObjects.forSourceString("app.Nullable", """
            package app;
            public @interface Nullable {}
            """), record("app.Score", """
            @Table("scores")
            public record Score(@PrimaryKey String id, @Nullable int points) {}
            """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Scores"))
                .contains("/**\n   * {@code \"points\" INTEGER NOT NULL}.\n   */")
                .contains("numberColumn(\"points\", SqlTypes.INTEGER);");
    }

    // --- javadoc ----------------------------------------------------------------------------------------------------

    @Test
    void recordWithoutJavadocGetsOnlyTheStandardJavadoc() {
        Compilation c = CompilationSupport.compile(record("app.Note", """
        @Table("notes")
        public record Note(@PrimaryKey String id, String text) {}
        """));
        assertThat(generatedSource(c, "app.Notes")).contains("""
        /**
         * The {@code notes} table of {@link Note}: its columns for queries, and how its rows map to the record. \
        Generated by Sleet from the record; do not edit.
         *
         * <pre>{@code
         * db.selectFrom(NOTES).where(NOTES.ID.eq(...)).first();
         * }</pre>
         */
        @Generated("dev.sleet.codegen.processor.SchemaProcessor")
        public final class Notes""").doesNotContain("<p>");
    }

    @Test
    void checkWithBracesIsEscapedInsideTheColumnsCodeTag() {
        Compilation c = CompilationSupport.compile(record("app.Doc", """
        @Table("docs")
        public record Doc(@PrimaryKey String id, @Check("body <> '{}'") String body) {}
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Docs"))
                .contains("{@code \"body\" TEXT NOT NULL CHECK (body <> '&#123;&#125;')}.");
    }

    @Test
    void defaultContainingACommentTerminatorDoesNotEndTheGeneratedJavadoc() {
        // A cron schedule is a realistic default that holds "*/", which would end the field's javadoc early.
        Compilation c = CompilationSupport.compile(record("app.Job", """
        @Table("jobs")
        public record Job(@PrimaryKey String id, @Default("'*/5 * * * *'") String schedule) {}
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Jobs")).contains("stringColumn(\"schedule\", ColumnOption.HAS_DEFAULT);");
    }

    @Test
    void paramTextsOnlyGoToTheirOwnColumns() {
        Compilation c = CompilationSupport.compile(record("app.Note", """
        /**
         * A note.
         *
         * <p>Second paragraph.
         *
         * @param text   what it says
         * @param author who wrote it;
         *               never empty
         * @see Object
         */
        @Table("notes")
        public record Note(@PrimaryKey String id, String text, String author, String tag) {}
        """));
        String source = generatedSource(c, "app.Notes");
        assertThat(source)
                .contains(" * <p>A note.\n *\n * <p>Second paragraph.\n")
                .contains("{@code \"id\" TEXT PRIMARY KEY NOT NULL}.\n")
                .contains("{@code \"text\" TEXT NOT NULL}: what it says\n")
                .contains("{@code \"author\" TEXT NOT NULL}: who wrote it; never empty\n")
                .contains("{@code \"tag\" TEXT NOT NULL}.\n")
                .doesNotContain("@see");
    }

    // --- unusual records --------------------------------------------------------------------------------------------

    @Test
    void recordNestedInAClassGetsATopLevelTableClassInItsPackage() {
        Compilation c = CompilationSupport.compile(record("app.Schema", """
        public final class Schema {
          private Schema() {}

          @Table("users")
          public record User(@PrimaryKey String id, Tier tier) {}

          public enum Tier { FREE, PRO }
        }
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Users"))
                .contains("public final class Users extends SqlTable<Schema.User> {")
                .contains("SqlTypes.enumByName(Schema.Tier.class)");
        assertThat(SchemaDescriptor.read(CompilationSupport.descriptor(c))
                        .table("users")
                        .orElseThrow()
                        .recordClass())
                .isEqualTo("app.Schema.User");
    }

    @Test
    void recordInTheUnnamedPackageHasAPlainTableClassName() {
        Compilation c = CompilationSupport.compile(record("Thing", """
        @Table("things")
        public record Thing(@PrimaryKey String id) {}
        """));
        assertThat(c).succeeded();
        assertThat(c.generatedSourceFile("Things")).isPresent();
        assertThat(SchemaDescriptor.read(CompilationSupport.descriptor(c))
                        .table("things")
                        .orElseThrow()
                        .tableClass())
                .isEqualTo("Things");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // The singleton is named after the table, the column fields after the components.
                "@Table(\"status\") public record StatusEntry(@PrimaryKey String id, String status) {}",
                "@Table(\"tags\") public record Tag(@PrimaryKey String id, @Json List<String> tags) {}",
                // Two components whose constants are the same, with distinct columns.
                "@Table(\"pairs\") public record Pair(@PrimaryKey String id, @Column(\"a\") String fooBar, "
                        + "@Column(\"b\") String foo_bar) {}",
            })
    void generatedFieldNamesNeverCollide(String recordSource) {
        String name = recordSource.replaceAll("(?s).*public record (\\w+).*", "$1");
        Compilation c = CompilationSupport.compile(record("app." + name, recordSource + "\n"));
        assertThat(c.errors())
                .as("errors must point at the record, never at generated code:\n%s", diagnostics(c))
                .allSatisfy(e -> assertThat(e.getSource())
                        .as("source of: %s", e.getMessage(null))
                        .isNotNull()
                        .satisfies(file -> assertThat(file.getName()).endsWith("app/" + name + ".java")));
    }

    @Test
    void genericRecordIsRejectedAtTheRecordRatherThanGeneratingCodeThatDoesNotCompile() {
        JavaFileObject box = record("app.Box", """
        @Table("boxes")
        public record Box<T>(@PrimaryKey String id, @Json T value) {}
        """);
        Compilation c = CompilationSupport.compile(box);
        assertThat(c).failed();
        assertThat(c.errors())
                .as(diagnostics(c))
                .allSatisfy(e -> assertThat(e.getSource())
                        .as("source of: %s", e.getMessage(null))
                        .isNotNull()
                        .satisfies(file -> assertThat(file.getName()).endsWith("app/Box.java")));
    }
}
