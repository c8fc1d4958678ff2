package dev.sleet.query;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.sleet.fixtures.Users;
import dev.sleet.table.SqlTable;
import java.io.File;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles small programs with a real javac to show that the DSL's types turn mistakes into compile errors: each test
 * compiles a wrong statement, which must fail with exactly one error on that statement's line, and the corrected
 * statement in the same surroundings, which must compile. The correct twin proves the failure comes from the type
 * mismatch and not from the surroundings (imports, classpath).
 */
class TypeSafetyTest {

    private static final String HEADER = """
      package probe;

      import static dev.sleet.expr.Functions.*;
      import static dev.sleet.fixtures.Apps.APPS;
      import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
      import static dev.sleet.fixtures.Screens.SCREENS;
      import static dev.sleet.fixtures.Users.USERS;

      import dev.sleet.Sleet;
      import dev.sleet.fixtures.RateBucket;
      import dev.sleet.query.QueryDsl;
      import dev.sleet.query.SelectQuery;
      import dev.sleet.tuple.Tuple2;

      final class Probe {
        void probe(QueryDsl dsl) {
      """;

    private static final String FOOTER = """
        }
      }
      """;

    /** The line of {@link #HEADER} + statement that holds the statement. */
    private static final int STATEMENT_LINE = (int) HEADER.lines().count() + 1;

    private static final Compiler JAVAC = Compiler.javac().withClasspath(classpath());

    /**
     * The test JVM's classpath, plus the directories holding the main and test classes in case the JVM was started from
     * a manifest-only jar.
     */
    private static Set<File> classpath() {
        Set<File> files = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                files.add(new File(entry));
            }
        }
        files.add(codeSource(SqlTable.class));
        files.add(codeSource(Users.class));
        return files;
    }

    private static File codeSource(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaFileObject source(String statement) {
        return JavaFileObjects.forSourceString("probe.Probe", HEADER + "    " + statement + "\n" + FOOTER);
    }

    /**
     * Checks that {@code wrong} does not compile, with a single error on its own line that contains
     * {@code expectedError}, and that {@code right} compiles in the same surroundings.
     */
    private static void assertRejected(String wrong, String expectedError, String right) {
        Compilation correct = JAVAC.compile(source(right));
        assertThat(correct).succeeded();

        JavaFileObject file = source(wrong);
        Compilation compilation = JAVAC.compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(expectedError).inFile(file).onLine(STATEMENT_LINE);
    }

    @Test
    void surroundingsCompileOnTheirOwn() {
        assertThat(JAVAC.compile(source(";"))).succeededWithoutWarnings();
    }

    @Test
    void integerColumnCannotBeComparedWithAString() {
        assertRejected("USERS.POINTS.eq(\"x\");", "no suitable method found for eq(", "USERS.POINTS.eq(5);");
    }

    @Test
    void textColumnCannotBeComparedWithANumber() {
        assertRejected("USERS.EMAIL.eq(5);", "no suitable method found for eq(", "USERS.EMAIL.eq(\"a@b.c\");");
    }

    @Test
    void textColumnCannotBeInAListOfNumbers() {
        assertRejected("USERS.ID.in(1, 2);", "cannot be applied to given types", "USERS.ID.in(\"a\", \"b\");");
    }

    @Test
    void likeExistsOnlyOnText() {
        assertRejected("USERS.POINTS.like(\"%\");", "cannot find symbol", "USERS.EMAIL.like(\"%\");");
    }

    @Test
    void arithmeticExistsOnlyOnNumbers() {
        assertRejected("USERS.EMAIL.plus(1);", "cannot find symbol", "USERS.POINTS.plus(1);");
    }

    @Test
    void updateCannotSetAnIntegerColumnToText() {
        assertRejected(
                "dsl.update(USERS).set(USERS.POINTS, \"x\");",
                "no suitable method found for set(",
                "dsl.update(USERS).set(USERS.POINTS, 5);");
    }

    @Test
    void columnsOfDifferentTypesCannotBeCompared() {
        assertRejected("USERS.ID.eq(USERS.POINTS);", "no suitable method found for eq(", "USERS.ID.eq(USERS.EMAIL);");
    }

    @Test
    void arithmeticCannotTakeATextExpression() {
        assertRejected(
                "USERS.POINTS.plus(USERS.EMAIL);",
                "no suitable method found for plus(",
                "USERS.POINTS.plus(SCREENS.FLOW_INDEX);");
    }

    @Test
    void betweenTakesValuesOfTheColumnsType() {
        assertRejected("USERS.POINTS.between(\"a\", \"z\");", "incompatible types", "USERS.POINTS.between(1, 9);");
    }

    @Test
    void inSubqueryMustSelectTheSameType() {
        assertRejected(
                "USERS.ID.in(dsl.select(USERS.POINTS).from(USERS));",
                "no suitable method found for in(",
                "USERS.ID.in(dsl.select(SCREENS.USER_ID).from(SCREENS));");
    }

    @Test
    void insertCannotSetATextColumnToANumber() {
        assertRejected(
                "dsl.insertInto(USERS).set(USERS.EMAIL, 5);",
                "no suitable method found for set(",
                "dsl.insertInto(USERS).set(USERS.EMAIL, \"a@b.c\");");
    }

    @Test
    void upsertCannotSetAColumnToAnotherColumnsExcludedValueOfAnotherType() {
        String insert = "dsl.insertInto(RATE_BUCKETS).values(new RateBucket(\"k\", 1L, 1))"
                + ".onConflict(RATE_BUCKETS.KEY).doUpdate()";
        assertRejected(
                insert + ".set(RATE_BUCKETS.COUNT, RATE_BUCKETS.KEY.excluded());",
                "no suitable method found for set(",
                insert + ".set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.excluded());");
    }

    @Test
    void coalesceFallbackMustHaveTheExpressionsType() {
        assertRejected(
                "coalesce(USERS.POINTS, \"none\");",
                "no suitable method found for coalesce(",
                "coalesce(USERS.POINTS, 0);");
    }

    @Test
    void selectedTupleCarriesTheColumnTypesInOrder() {
        assertRejected(
                "SelectQuery<Tuple2<Integer, String>> q = dsl.select(USERS.ID, USERS.POINTS).from(USERS);",
                "incompatible types",
                "SelectQuery<Tuple2<String, Integer>> q = dsl.select(USERS.ID, USERS.POINTS).from(USERS);");
    }

    @Test
    void mapperParametersMustMatchTheSelectedTypes() {
        assertRejected(
                "dsl.select((Integer id, String points) -> id, USERS.ID, USERS.POINTS);",
                "no suitable method found for select(",
                "dsl.select((String id, Integer points) -> id, USERS.ID, USERS.POINTS);");
    }

    @Test
    void caseBranchesMustShareOneType() {
        assertRejected(
                "caseWhen(USERS.IS_BANNED, \"banned\").when(USERS.POINTS.gt(9), 1);",
                "no suitable method found for when(",
                "caseWhen(USERS.IS_BANNED, \"banned\").when(USERS.POINTS.gt(9), \"rich\");");
    }

    @Test
    void anInsertRunsOnlyOnceItHasItsRows() {
        assertRejected(
                "dsl.insertInto(USERS).run();",
                "cannot find symbol",
                "dsl.insertInto(USERS).values(dev.sleet.fixtures.User.of(\"u1\", \"d1\")).run();");
    }

    @Test
    void anInsertOfRecordsCannotAlsoSetColumns() {
        assertRejected(
                "dsl.insertInto(USERS).values(dev.sleet.fixtures.User.of(\"u1\", \"d1\")).set(USERS.TIER, \"pro\");",
                "cannot find symbol",
                "dsl.insertInto(USERS).set(USERS.ID, \"u1\").set(USERS.TIER, \"pro\");");
    }

    @Test
    void anInsertOfASelectNamesItsColumnsFirst() {
        assertRejected(
                "dsl.insertInto(APPS).select(dsl.select(USERS.ID).from(USERS));",
                "cannot find symbol",
                "dsl.insertInto(APPS).columns(APPS.OWNER_ID).select(dsl.select(USERS.ID).from(USERS));");
    }

    @Test
    void anUpsertUpdateSetsAColumnBeforeItRuns() {
        assertRejected(
                "dsl.insertInto(RATE_BUCKETS).values(new RateBucket(\"k\", 1L, 1)).onConflict(RATE_BUCKETS.KEY)"
                        + ".doUpdate().run();",
                "cannot find symbol",
                "dsl.insertInto(RATE_BUCKETS).values(new RateBucket(\"k\", 1L, 1)).onConflict(RATE_BUCKETS.KEY)"
                        + ".doUpdate().set(RATE_BUCKETS.COUNT, 2).run();");
    }

    @Test
    void anUpdateSetsAColumnBeforeItTakesAWhere() {
        assertRejected(
                "dsl.update(USERS).where(USERS.ID.eq(\"u1\"));",
                "cannot find symbol",
                "dsl.update(USERS).set(USERS.POINTS, 0).where(USERS.ID.eq(\"u1\"));");
    }

    @Test
    void columnsShowNoRenderingMethods() {
        assertRejected("USERS.ID.type();", "cannot find symbol", "USERS.ID.name();");
    }

    @Test
    void tablesKeepTheirRowMappingToThemselves() {
        assertRejected("USERS.readRow(null, 1);", "has protected access", "USERS.columns();");
    }

    @Test
    void queriesShowNoReadingMethods() {
        assertRejected(
                "dsl.selectFrom(USERS).rowReader();", "cannot find symbol", "dsl.selectFrom(USERS).toStatement();");
    }
}
