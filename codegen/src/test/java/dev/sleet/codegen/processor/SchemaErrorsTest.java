package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.diagnostics;
import static dev.sleet.codegen.processor.CompilationSupport.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every schema mistake is a compile error with a message that says what to do, at the record or component that
 * holds the mistake, and only that error. (That a failed compilation writes no descriptor is checked in
 * {@link FailedCompilationOutputTest}: Compile-Testing hides the files of a failed compilation.)
 */
class SchemaErrorsTest {

    private static final String IMPORTS = """
      import dev.sleet.schema.*;
      import dev.sleet.types.Converter;
      import java.math.BigDecimal;
      import java.time.*;
      import java.util.*;
      """;

    static final JavaFileObject NULLABLE = JavaFileObjects.forSourceString("app.Nullable", """
      package app;

      import java.lang.annotation.*;

      @Retention(RetentionPolicy.CLASS)
      @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
      public @interface Nullable {}
      """);

    /** A source in package {@code app} (or the package of a qualified name), with the usual imports. */
    static Source source(String qualifiedName, String body) {
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = dot < 0 ? "app" : qualifiedName.substring(0, dot);
        String name = dot < 0 ? "app." + qualifiedName : qualifiedName;
        String text = "package " + pkg + ";\n\n" + IMPORTS + "\n" + body;
        return new Source(JavaFileObjects.forSourceString(name, text), text);
    }

    /** A source and its text, so that tests can find the line an error must point at. */
    record Source(JavaFileObject file, String text) {
        long line(String containing) {
            return lineOf(text, containing);
        }
    }

    static Compilation compile(Source... sources) {
        List<JavaFileObject> files = new ArrayList<>();
        files.add(NULLABLE);
        for (Source s : sources) {
            files.add(s.file());
        }
        return CompilationSupport.compiler().compile(files);
    }

    /** Exactly one error, with that text, at that line of that source; and no descriptor. */
    static void assertOnlyError(Compilation c, Source source, String lineText, String... messageParts) {
        assertThat(c).failed();
        for (String part : messageParts) {
            assertThat(c).hadErrorContaining(part);
        }
        assertThat(c.errors()).as("errors:\n%s", diagnostics(c)).hasSize(1);
        // Last, so that a test failing here has the right message and only points at the wrong place.
        assertPointsAt(c, messageParts[0], source, lineText);
    }

    /** The error with that text is in that source, at the line that contains {@code lineText}. */
    static void assertPointsAt(Compilation c, String message, Source source, String lineText) {
        assertThat(c).hadErrorContaining(message).inFile(source.file()).onLine(source.line(lineText));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Records and types

    @Test
    void tableOnAClassIsAnErrorAtTheClass() {
        Source user = source("User", """
        @Table("users")
        public final class User {
          String id;
        }
        """);
        assertOnlyError(compile(user), user, "public final class User", "@Table goes on a record: make User a record");
    }

    @Test
    void tableOnAnInterfaceIsAnErrorAtTheInterface() {
        Source user = source("User", """
        @Table("users")
        public interface User {}
        """);
        assertOnlyError(compile(user), user, "public interface User", "@Table goes on a record: make User a record");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Optional<String> nickname | java.util.Optional<java.lang.String>",
                "char initial              | char",
                "Character initial         | java.lang.Character",
                "Object payload            | java.lang.Object",
                "java.util.Date since      | java.util.Date",
                "int[] scores              | int[]",
                "List<String> tags         | java.util.List<java.lang.String>",
            })
    void unsupportedComponentTypeIsAnErrorAtTheComponent(String component, String typeInMessage) {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            %s) {}
        """.formatted(component));
        assertOnlyError(
                compile(user),
                user,
                component,
                "Sleet cannot store a " + typeInMessage + ": use a supported type",
                "or annotate the component with @Json (stored as JSON text) or @Convert(YourConverter.class)");
    }

    @Test
    void everyBadComponentIsReportedNotOnlyTheFirst() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            char initial,
            Object payload) {}
        """);
        Compilation c = compile(user);
        assertThat(c).hadErrorContaining("Sleet cannot store a char");
        assertThat(c).hadErrorContaining("Sleet cannot store a java.lang.Object");
        assertThat(c).hadErrorCount(2);
        assertPointsAt(c, "Sleet cannot store a char", user, "char initial");
        assertPointsAt(c, "Sleet cannot store a java.lang.Object", user, "Object payload");
    }

    @Test
    void jsonOnAPrimitiveIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Json int points) {}
        """);
        assertOnlyError(compile(user), user, "@Json int points", "@Json stores objects; a int needs no @Json");
    }

    @Test
    void timestampOnAStringIsAnErrorAtTheComponent() {
        Source event = source("Event", """
        @Table("events")
        public record Event(
            @PrimaryKey String id,
            @Timestamp(Timestamp.Mode.EPOCH_SECONDS) String at) {}
        """);
        assertOnlyError(
                compile(event),
                event,
                "String at",
                "@Timestamp applies to Instant and LocalDateTime, not java.lang.String");
    }

    @Test
    void timestampOnALocalDateIsAnError() {
        Source event = source("Event", """
        @Table("events")
        public record Event(
            @PrimaryKey String id,
            @Timestamp(Timestamp.Mode.EPOCH_MILLIS) LocalDate day) {}
        """);
        assertOnlyError(
                compile(event),
                event,
                "LocalDate day",
                "@Timestamp applies to Instant and LocalDateTime, not java.time.LocalDate");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // @Convert

    @Test
    void converterWithoutPublicNoArgConstructorIsAnError() {
        Source converter = source("HandleConverter", """
        public final class HandleConverter implements Converter<Handle, String> {
          private final String prefix;
          public HandleConverter(String prefix) { this.prefix = prefix; }
          @Override public String toStored(Handle value) { return prefix + value.value(); }
          @Override public Handle fromStored(String stored) { return new Handle(stored); }
        }
        """);
        Source handle = source("Handle", "public record Handle(String value) {}\n");
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Convert(HandleConverter.class) Handle handle) {}
        """);
        assertOnlyError(
                compile(converter, handle, user),
                user,
                "Handle handle",
                "app.HandleConverter needs a public no-argument constructor for @Convert");
    }

    @Test
    void converterWithPrivateNoArgConstructorIsAnError() {
        Source converter = source("HandleConverter", """
        public final class HandleConverter implements Converter<Handle, String> {
          private HandleConverter() {}
          @Override public String toStored(Handle value) { return value.value(); }
          @Override public Handle fromStored(String stored) { return new Handle(stored); }
        }
        """);
        Source handle = source("Handle", "public record Handle(String value) {}\n");
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Convert(HandleConverter.class) Handle handle) {}
        """);
        assertOnlyError(
                compile(converter, handle, user),
                user,
                "Handle handle",
                "app.HandleConverter needs a public no-argument constructor for @Convert");
    }

    @Test
    void converterOfAnotherTypeIsAnErrorThatNamesBothTypes() {
        Source converter = source("HandleConverter", """
        public final class HandleConverter implements Converter<Handle, String> {
          @Override public String toStored(Handle value) { return value.value(); }
          @Override public Handle fromStored(String stored) { return new Handle(stored); }
        }
        """);
        Source handle = source("Handle", "public record Handle(String value) {}\n");
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Convert(HandleConverter.class) String nickname) {}
        """);
        assertOnlyError(
                compile(converter, handle, user),
                user,
                "String nickname",
                "app.HandleConverter converts app.Handle, but the component is a java.lang.String");
    }

    @Test
    void converterToAnUnstorableTypeIsAnError() {
        Source converter = source("HandleConverter", """
        public final class HandleConverter implements Converter<Handle, Object> {
          @Override public Object toStored(Handle value) { return value.value(); }
          @Override public Handle fromStored(Object stored) { return new Handle((String) stored); }
        }
        """);
        Source handle = source("Handle", "public record Handle(String value) {}\n");
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Convert(HandleConverter.class) Handle handle) {}
        """);
        assertOnlyError(
                compile(converter, handle, user), user, "Handle handle", "Sleet cannot store a java.lang.Object");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Table names

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite_x", "SQLITE_stat1", "_cf_x", "_CF_KV", "d1_migrations", "D1_Migrations"})
    void reservedTableNameIsAnErrorAtTheRecord(String name) {
        Source rec = source("Thing", """
        @Table("%s")
        public record Thing(@PrimaryKey String id) {}
        """.formatted(name));
        assertOnlyError(
                compile(rec),
                rec,
                "public record Thing",
                "table name " + name + " is reserved (sqlite_ and _cf_ names belong to SQLite and D1, d1_migrations to "
                        + "migrations): choose another name");
    }

    @Test
    void tableNamesThatOnlyResembleReservedOnesAreAccepted() {
        Source a = source("A", "@Table(\"my_sqlite_x\") public record A(@PrimaryKey String id) {}\n");
        Source b = source("B", "@Table(\"cf_x\") public record B(@PrimaryKey String id) {}\n");
        Source c = source("C", "@Table(\"d1_migrations_log\") public record C(@PrimaryKey String id) {}\n");
        assertThat(compile(a, b, c)).succeeded();
    }

    @Test
    void blankTableNameIsAnError() {
        Source rec = source("Thing", """
        @Table(" ")
        public record Thing(@PrimaryKey String id) {}
        """);
        assertOnlyError(compile(rec), rec, "public record Thing", "@Table needs a table name: @Table(\"users\")");
    }

    @Test
    void duplicateTableNamesAcrossTwoRecordsAreAnErrorThatNamesBothRecords() {
        Source user = source("app.a.User", """
        @Table("users")
        public record User(@PrimaryKey String id) {}
        """);
        Source member = source("app.b.Member", """
        @Table("users")
        public record Member(@PrimaryKey String id, String name) {}
        """);
        Compilation c = compile(user, member);
        assertThat(c).failed();
        assertThat(c)
                .hadErrorContaining("table users is declared twice: by app.a.User and by app.b.Member")
                .inFile(member.file())
                .onLine(member.line("public record Member"));
        assertThat(c.errors()).as(diagnostics(c)).hasSize(1);
    }

    @Test
    void tableNamesThatDifferOnlyInCaseAreDuplicates() {
        Source user = source("app.a.User", "@Table(\"users\") public record User(@PrimaryKey String id) {}\n");
        Source member = source("app.b.Member", "@Table(\"Users\") public record Member(@PrimaryKey String id) {}\n");
        Compilation c = compile(user, member);
        assertThat(c)
                .hadErrorContaining("table Users is declared twice: by app.a.User and by app.b.Member")
                .inFile(member.file())
                .onLine(member.line("public record Member"));
    }

    @Test
    void twoTablesWhoseClassesWouldCollideAreAnError() {
        Source a = source(
                "app.RateBucket", "@Table(\"rate_buckets\") public record RateBucket(@PrimaryKey String id) {}\n");
        Source b = source("app.Bucket", "@Table(\"rate-buckets\") public record Bucket(@PrimaryKey String id) {}\n");
        Compilation c = compile(a, b);
        assertThat(c).failed();
        assertThat(c)
                .hadErrorContaining(
                        "would both be app.RateBuckets: move one record to another package or rename " + "one table")
                .inFile(b.file())
                .onLine(b.line("public record Bucket"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Columns

    @Test
    void twoComponentsMappingToTheSameColumnAreAnErrorAtTheSecond() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Column("name") String displayName,
            String name) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "String name)",
                "column name appears twice in table users (SQLite names are case-insensitive): rename one with @Column");
    }

    @Test
    void columnNamesThatDifferOnlyInCaseAreDuplicates() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Column("Email") String primaryEmail,
            String email) {}
        """);
        assertOnlyError(compile(user), user, "String email)", "column email appears twice in table users");
    }

    @Test
    void snakeCaseCollisionOfTwoComponentNamesIsADuplicateColumn() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            String userId,
            String userID) {}
        """);
        assertOnlyError(compile(user), user, "String userID", "column user_id appears twice in table users");
    }

    @Test
    void blankColumnNameIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Column("") String name) {}
        """);
        assertOnlyError(compile(user), user, "String name", "@Column needs a name");
    }

    @Test
    void moreThanOneHundredColumnsIsAnErrorAtTheRecord() {
        Source wide = source("Wide", wideRecord(101));
        assertOnlyError(
                compile(wide),
                wide,
                "public record Wide",
                "table wide has 101 columns; D1 allows at most 100: split it into two tables");
    }

    @Test
    void exactlyOneHundredColumnsCompile() {
        Compilation c = compile(source("Wide", wideRecord(100)));
        assertThat(c).succeeded();
        assertThat(CompilationSupport.descriptor(c)).contains("\"c99\"").doesNotContain("\"c100\"");
    }

    private static String wideRecord(int columns) {
        String components =
                IntStream.range(0, columns).mapToObj(i -> "    int c" + i).collect(Collectors.joining(",\n"));
        return "@Table(\"wide\")\npublic record Wide(\n" + components + ") {}\n";
    }

    @Test
    void recordWithoutComponentsIsAnError() {
        Source empty = source("Empty", """
        @Table("empties")
        public record Empty() {}
        """);
        assertOnlyError(
                compile(empty),
                empty,
                "public record Empty",
                "table empties has no columns: add components to the record");
    }

    @ParameterizedTest(name = "@Default(\"{0}\")")
    @ValueSource(strings = {"NULL", "null", " NULL "})
    void notNullColumnDefaultingToNullIsAnErrorAtTheComponent(String defaultSql) {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Default("%s") Integer points) {}
        """.formatted(defaultSql));
        assertOnlyError(
                compile(user),
                user,
                "Integer points",
                "points is NOT NULL but its default is NULL: give it another default, or make it @Nullable");
    }

    @Test
    void nullableColumnMayDefaultToNull() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Nullable @Default("NULL") Integer points) {}
        """);
        assertThat(compile(user)).succeeded();
    }

    @Test
    void blankDefaultIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Default("  ") Integer points) {}
        """);
        assertOnlyError(
                compile(user), user, "Integer points", "@Default needs an SQL expression, such as \"0\" or \"'free'\"");
    }

    @Test
    void generatedColumnWithADefaultIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Nullable String email,
            @Default("''") @GeneratedColumn("lower(email)") String emailLower) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "String emailLower",
                "a generated column cannot have a default or be the primary key: emailLower");
    }

    @Test
    void uniqueWithColumnsOnAComponentIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Unique(columns = {"email"}) String email) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "String email",
                "@Unique(columns = ...) goes on the record; on a component, write @Unique");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Keys

    @Test
    void autoIncrementOnATextKeyIsAnErrorAtTheComponent() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey(autoIncrement = true) String id) {}
        """);
        assertOnlyError(compile(user), user, "String id", "AUTOINCREMENT needs an integer key; id is TEXT");
    }

    @Test
    void twoPrimaryKeyComponentsAreAnErrorAtTheRecord() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @PrimaryKey String email) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "table users marks 2 components @PrimaryKey: declare a composite key with @Table(primaryKey = {...}) "
                        + "instead");
    }

    @Test
    void primaryKeyOnAComponentAndOnTheTableIsAnError() {
        Source user = source("User", """
        @Table(value = "users", primaryKey = {"id", "email"})
        public record User(
            @PrimaryKey String id,
            String email) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "table users has both @PrimaryKey and @Table(primaryKey): keep one");
    }

    @Test
    void withoutRowidWithoutAKeyIsAnErrorAtTheRecord() {
        Source user = source("User", """
        @Table(value = "users", withoutRowid = true)
        public record User(String id, String email) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "a WITHOUT ROWID table needs a primary key: add @PrimaryKey or @Table(primaryKey = {...}) to users");
    }

    @Test
    void autoIncrementInAWithoutRowidTableIsAnError() {
        Source user = source("Counter", """
        @Table(value = "counters", withoutRowid = true)
        public record Counter(@PrimaryKey(autoIncrement = true) Long id) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record Counter",
                "AUTOINCREMENT needs a rowid: table counters is WITHOUT ROWID");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Column lists: @Index, @Unique(columns), @Table(primaryKey)

    @Test
    void indexOnAnUnknownColumnIsAnErrorThatListsTheRealColumns() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = {"display_name", "nope"})
        public record User(
            @PrimaryKey String id,
            @Nullable String displayName) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "@Index(columns) names nope, which is not a column of users; its columns are [id, display_name]");
    }

    @Test
    void uniqueColumnsNamingAnUnknownColumnIsAnErrorThatListsTheRealColumns() {
        Source user = source("User", """
        @Table("users")
        @Unique(columns = {"id", "device"})
        public record User(
            @PrimaryKey String id,
            String deviceId) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "@Unique(columns) names device, which is not a column of users; its columns are [id, device_id]");
    }

    @Test
    void compositePrimaryKeyNamingAnUnknownColumnIsAnErrorThatListsTheRealColumns() {
        Source bucket = source("RateBucket", """
        @Table(value = "rate_buckets", primaryKey = {"key", "window"})
        public record RateBucket(String key, long windowStart) {}
        """);
        assertOnlyError(
                compile(bucket),
                bucket,
                "public record RateBucket",
                "@Table(primaryKey) names window, which is not a column of rate_buckets; its columns are "
                        + "[key, window_start]");
    }

    @Test
    void indexWithoutColumnsIsAnError() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = {})
        public record User(@PrimaryKey String id) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "@Index on users needs columns: @Index(columns = \"device_id\")");
    }

    @Test
    void duplicateIndexNamesAcrossTablesAreAnError() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = "email", name = "by_email")
        public record User(@PrimaryKey String id, String email) {}
        """);
        Source invite = source("Invite", """
        @Table("invites")
        @Index(columns = "email", name = "by_email")
        public record Invite(@PrimaryKey String id, String email) {}
        """);
        Compilation c = compile(user, invite);
        assertThat(c).failed();
        assertThat(c)
                .hadErrorContaining("index name by_email is used twice (tables users and invites); index names are "
                        + "shared by the whole database: give one a name")
                .inFile(invite.file())
                .onLine(invite.line("public record Invite"));
        assertThat(c.errors()).as(diagnostics(c)).hasSize(1);
    }

    @Test
    void indexNamesThatDifferOnlyInCaseAreDuplicates() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = "email", name = "By_Email")
        public record User(@PrimaryKey String id, String email) {}
        """);
        Source invite = source("Invite", """
        @Table("invites")
        @Index(columns = "email", name = "by_email")
        public record Invite(@PrimaryKey String id, String email) {}
        """);
        assertThat(compile(user, invite)).hadErrorContaining("index name by_email is used twice");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // @References

    private static final Source USER = source("User", """
      @Table("users")
      public record User(@PrimaryKey String id, @Nullable String email) {}
      """);

    private static final Source APP = source("App", """
      @Table("apps")
      public record App(@PrimaryKey Long id, String name) {}
      """);

    @Test
    void referenceToARecordWithoutTableIsAnErrorAtTheComponent() {
        Source plain = source("Plain", "public record Plain(String id) {}\n");
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(Plain.class) String ownerId) {}
        """);
        assertOnlyError(
                compile(plain, app),
                app,
                "String ownerId",
                "@References(Plain.class) must name a @Table record; app.Plain is not one");
    }

    @Test
    void referenceToAClassThatDoesNotResolveIsAnErrorNotACrash() {
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(Nope.class) String ownerId) {}
        """);
        Compilation c = compile(app);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("cannot find symbol");
        assertThat(c)
                .hadErrorContaining("does not name a class Sleet can resolve: check the class's name and its import")
                .inFile(app.file())
                .onLine(app.line("String ownerId"));
    }

    @Test
    void referenceToAnUnknownColumnIsAnErrorThatListsTheReferencedColumns() {
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(value = User.class, column = "mail") String ownerEmail) {}
        """);
        assertOnlyError(
                compile(USER, app),
                app,
                "String ownerEmail",
                "@References names column mail, which table users does not have; its columns are [id, email]");
    }

    @Test
    void referenceToAColumnThatIsNeitherKeyNorUniqueIsAnError() {
        // SQLite needs the parent key to be the primary key or UNIQUE. Otherwise CREATE TABLE passes, but every insert
        // into the child and every delete from the parent fails with "foreign key mismatch".
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(value = User.class, column = "email") String ownerEmail) {}
        """);
        Compilation c = compile(USER, app);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("email");
        assertThat(c.errors()).as(diagnostics(c)).hasSize(1);
        assertPointsAt(c, "email", app, "String ownerEmail");
    }

    @Test
    void referenceMayNameTheReferencedColumnByItsComponentName() {
        Source user = source("User", """
        @Table("users")
        public record User(@PrimaryKey String id, @Unique String emailAddress) {}
        """);
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(value = User.class, column = "emailAddress") String ownerEmail) {}
        """);
        Compilation c = compile(user, app);
        assertThat(c).succeeded();
        assertThat(CompilationSupport.descriptor(c))
                .contains("\"table\" : \"users\",\n" + "            \"column\" : \"email_address\"");
    }

    @Test
    void textColumnReferencingAnIntegerKeyIsAnErrorThatNamesBothTypes() {
        Source screen = source("Screen", """
        @Table("screens")
        public record Screen(
            @PrimaryKey Long id,
            @References(App.class) String appId) {}
        """);
        assertOnlyError(
                compile(APP, screen),
                screen,
                "String appId",
                "app_id is TEXT but apps.id is INTEGER: a foreign key must have the type of the column it references");
    }

    @Test
    void integerColumnReferencingATextKeyIsAnError() {
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(User.class) long ownerId) {}
        """);
        assertOnlyError(
                compile(USER, app),
                app,
                "long ownerId",
                "owner_id is INTEGER but users.id is TEXT: a foreign key must have the type of the column it references");
    }

    @Test
    void onDeleteSetNullOnANotNullColumnIsAnError() {
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(value = User.class, onDelete = ReferentialAction.SET_NULL) String ownerId) {}
        """);
        assertOnlyError(
                compile(USER, app),
                app,
                "String ownerId",
                "owner_id is NOT NULL, so ON DELETE SET NULL would fail: make it @Nullable or choose another action");
    }

    @Test
    void onDeleteSetNullOnANullableColumnIsAccepted() {
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @Nullable @References(value = User.class, onDelete = ReferentialAction.SET_NULL) String ownerId) {}
        """);
        assertThat(compile(USER, app)).succeeded();
    }

    @Test
    void onUpdateSetNullOnANotNullColumnIsAnError() {
        // ON UPDATE SET NULL fails on a NOT NULL column exactly as ON DELETE SET NULL does: when the key changes.
        Source app = source("App", """
        @Table("apps")
        public record App(
            @PrimaryKey Long id,
            @References(value = User.class, onUpdate = ReferentialAction.SET_NULL) String ownerId) {}
        """);
        assertOnlyError(
                compile(USER, app),
                app,
                "String ownerId",
                "owner_id is NOT NULL, so ON UPDATE SET NULL would fail: make it @Nullable or choose another action");
    }

    @Test
    void referenceToACompositeKeyWithoutAColumnIsAnError() {
        Source bucket = source("RateBucket", """
        @Table(value = "rate_buckets", primaryKey = {"key", "window_start"})
        public record RateBucket(String key, long windowStart) {}
        """);
        Source hit = source("Hit", """
        @Table("hits")
        public record Hit(
            @PrimaryKey Long id,
            @References(RateBucket.class) String bucketKey) {}
        """);
        assertOnlyError(
                compile(bucket, hit),
                hit,
                "String bucketKey",
                "@References(RateBucket.class) needs column = \"...\": table rate_buckets has a composite primary key");
    }

    @Test
    void referenceToATableWithoutKeyWithoutAColumnIsAnError() {
        Source log = source("LogLine", """
        @Table("log_lines")
        public record LogLine(String line) {}
        """);
        Source hit = source("Hit", """
        @Table("hits")
        public record Hit(
            @PrimaryKey Long id,
            @References(LogLine.class) String line) {}
        """);
        assertOnlyError(
                compile(log, hit),
                hit,
                "String line)",
                "@References(LogLine.class) needs column = \"...\": table log_lines has no primary key");
    }

    @Test
    void selfReferenceResolvesToTheTablesOwnKey() {
        Source category = source("Category", """
        @Table("categories")
        public record Category(
            @PrimaryKey Long id,
            @Nullable @References(value = Category.class, onDelete = ReferentialAction.CASCADE) Long parentId) {}
        """);
        Compilation c = compile(category);
        assertThat(c).succeeded();
        assertThat(CompilationSupport.descriptor(c))
                .contains("\"table\" : \"categories\",\n"
                        + "            \"column\" : \"id\",\n            \"onDelete\" : \"CASCADE\"");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DDL that SQLite refuses

    @Test
    void checkWithASyntaxErrorIsAnErrorAtTheRecordWithSqlitesMessageAndTheSql() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Check("points >>> 0") int points) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "this table's SQL does not run on SQLite:",
                "syntax error",
                "\"points\" INTEGER NOT NULL CHECK (points >>> 0)");
    }

    @Test
    void tableCheckWithAnUnknownColumnIsAnError() {
        Source user = source("User", """
        @Table("users")
        @Check("nosuch > 0")
        public record User(@PrimaryKey String id, int points) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "this table's SQL does not run on SQLite:",
                "no such column: nosuch");
    }

    @Test
    void defaultCallingAnUnknownFunctionIsAnErrorAtTheComponent() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Default("nosuch_function()") Instant createdAt) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "Instant createdAt",
                "the default of created_at does not run on SQLite:",
                "no such function: nosuch_function");
    }

    @Test
    void defaultReferencingAColumnIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Default("upper(id)") String slug) {}
        """);
        Compilation c = compile(user);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("does not run on SQLite");
    }

    @Test
    void indexWithAnInvalidWhereIsAnErrorAtTheRecord() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = "email", where = "deleted_at IS NULL")
        public record User(@PrimaryKey String id, String email) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "this table's SQL does not run on SQLite:",
                "no such column: deleted_at",
                "CREATE INDEX \"users_email_idx\" ON \"users\" (\"email\") WHERE deleted_at IS NULL");
    }

    @Test
    void indexWhereWithASyntaxErrorIsAnError() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = "email", where = "email IS NOT")
        public record User(@PrimaryKey String id, String email) {}
        """);
        assertOnlyError(compile(user), user, "public record User", "this table's SQL does not run on SQLite:");
    }

    @Test
    void generatedColumnReferencingAnUnknownColumnIsAnError() {
        Source user = source("User", """
        @Table("users")
        public record User(
            @PrimaryKey String id,
            @Nullable @GeneratedColumn("lower(mail)") String emailLower) {}
        """);
        assertOnlyError(
                compile(user),
                user,
                "public record User",
                "this table's SQL does not run on SQLite:",
                "no such column: mail");
    }

    @Test
    void indexNameClashingWithATableNameIsAnError() {
        Source user = source("User", """
        @Table("users")
        @Index(columns = "email", name = "apps")
        public record User(@PrimaryKey String id, String email) {}
        """);
        Compilation c = compile(user, APP);
        assertThat(c).failed();
        assertThat(c)
                .hadErrorContaining("this table's SQL does not run on SQLite:")
                .inFile(user.file())
                .onLine(user.line("public record User"));
    }

    @Test
    void aDdlMistakeIsReportedOnceAtTheRecordAndNotAgainInTheGeneratedClass() {
        Source user = source("User", """
        @Table("users")
        @Check("points >>> 0")
        public record User(@PrimaryKey String id, int points) {}
        """);
        Compilation c = compile(user);
        assertThat(c).failed();
        assertThat(c.errors()).hasSize(1);
        assertThat(c.errors())
                .allSatisfy(e -> assertThat(e.getSource())
                        .isNotNull()
                        .satisfies(file -> assertThat(file.getName()).endsWith("app/User.java")));
    }
}
