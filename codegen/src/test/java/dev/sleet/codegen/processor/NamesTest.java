package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.generatedSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How component, table and class names are derived from one another. */
class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "displayName, display_name",
        "userID, user_id",
        "URLPath, url_path",
        "isBanned, is_banned",
        "a1b2, a1b2",
        "id, id",
        "x, x",
        "HTMLParser, html_parser",
        "parseHTML, parse_html",
        "s3Bucket, s3_bucket",
        "version2Name, version2_name",
        "already_snake, already_snake",
        "ABC, abc",
        "getX, get_x",
        "userIDCard, user_id_card",
    })
    void snakeCaseOfComponentNames(String camel, String snake) {
        assertThat(Names.snakeCase(camel)).isEqualTo(snake);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "display_name, DISPLAY_NAME",
        "users, USERS",
        "rate_buckets, RATE_BUCKETS",
        "user-events, USER_EVENTS",
        "we\"ird, WE_IRD",
        "2fa_codes, _2FA_CODES",
        "a1b2, A1B2",
    })
    void constantNames(String name, String constant) {
        assertThat(Names.constant(name)).isEqualTo(constant);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "rate_buckets, RateBuckets",
        "users, Users",
        "user-events, UserEvents",
        "screens, Screens",
        "2fa_codes, T2faCodes",
        "a, A",
    })
    void pascalCaseOfTableNames(String snake, String pascal) {
        assertThat(Names.pascalCase(snake)).isEqualTo(pascal);
    }

    @ParameterizedTest(name = "table {0}, record {1} -> {2}")
    @CsvSource({
        "users, User, Users",
        "rate_buckets, RateBucket, RateBuckets",
        "user, User, UserTable",
        "rate_buckets, RateBuckets, RateBucketsTable",
        "feature_flag, FeatureFlag, FeatureFlagTable",
        "people, Person, People",
    })
    void tableClassNames(String table, String record, String tableClass) {
        assertThat(Names.tableClass(table, record)).isEqualTo(tableClass);
    }

    @Test
    void tableNamedLikeItsRecordGetsATableSuffixInTheGeneratedCode() {
        Compilation c = CompilationSupport.compile(JavaFileObjects.forSourceString("app.FeatureFlag", """
        package app;

        import dev.sleet.schema.*;

        @Table("feature_flag")
        public record FeatureFlag(@PrimaryKey String name, boolean enabled) {}
        """));
        assertThat(c).succeeded();
        String source = generatedSource(c, "app.FeatureFlagTable");
        assertThat(source)
                .contains("public final class FeatureFlagTable extends SqlTable<FeatureFlag> {")
                .contains("public static final FeatureFlagTable FEATURE_FLAG = new FeatureFlagTable(null);")
                .contains("super(\"feature_flag\", alias);");
        assertThat(SchemaDescriptor.read(CompilationSupport.descriptor(c))
                        .table("feature_flag")
                        .orElseThrow()
                        .tableClass())
                .isEqualTo("app.FeatureFlagTable");
    }

    @Test
    void columnAndFieldNamesComeFromTheComponentNames() {
        Compilation c = CompilationSupport.compile(JavaFileObjects.forSourceString("app.Link", """
        package app;

        import dev.sleet.schema.*;

        @Table("links")
        public record Link(@PrimaryKey String id, String URLPath, String userID, @Column("shown") boolean isShown) {}
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.Links"))
                .contains("public final StringColumn URL_PATH = stringColumn(\"url_path\");")
                .contains("public final StringColumn USER_ID = stringColumn(\"user_id\");")
                // @Column names the column; the field keeps the component's name.
                .contains("public final BooleanColumn IS_SHOWN = booleanColumn(\"shown\");")
                .contains("toSql(URL_PATH, row.URLPath())")
                .contains("toSql(USER_ID, row.userID())");
    }

    @Test
    void tableNameWithCharactersOutsideJavaNamesGivesValidClassAndConstant() {
        Compilation c = CompilationSupport.compile(JavaFileObjects.forSourceString("app.Event", """
        package app;

        import dev.sleet.schema.*;

        @Table("user-events")
        public record Event(@PrimaryKey String id) {}
        """));
        assertThat(c).succeeded();
        assertThat(generatedSource(c, "app.UserEvents"))
                .contains("public static final UserEvents USER_EVENTS = new UserEvents(null);")
                .contains("super(\"user-events\", alias);");
    }
}
