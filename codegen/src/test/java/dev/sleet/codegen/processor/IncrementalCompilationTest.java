package dev.sleet.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental compilation, as IDEs and Maven's incremental builds do it: a second compilation sees only some records,
 * with the first compilation's classes and descriptor in the class output. The descriptor must still describe the
 * whole schema: tables whose records were not recompiled are kept (read again from their classes), and tables whose
 * records are gone disappear.
 */
class IncrementalCompilationTest {

    private static final String NULLABLE = """
      package app;

      import java.lang.annotation.*;

      @Retention(RetentionPolicy.CLASS)
      @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
      public @interface Nullable {}
      """;

    /** A record that uses every kind of annotation, so that reading it back from its class file is tested in full. */
    private static final String USER = """
      package app;

      import dev.sleet.schema.*;
      import java.time.Instant;
      import java.util.List;

      @Table(value = "users", strict = false)
      @RenamedFrom("members")
      @Index(columns = "displayName", where = "name IS NOT NULL")
      @Index(columns = {"points", "created_at"}, unique = true, name = "users_by_points")
      @Unique(columns = {"email", "name"})
      @Check(value = "points >= 0", name = "points_not_negative")
      @Check("length(id) > 0")
      public record User(
          @PrimaryKey String id,
          @Unique @Nullable String email,
          @Nullable @Column("name") @RenamedFrom("full_name") String displayName,
          @Default("0") @Check("points < 1000000") Integer points,
          @Default("datetime('now')") Instant createdAt,
          @Timestamp(Timestamp.Mode.EPOCH_SECONDS) Instant seenAt,
          @Json List<String> tags,
          @Nullable @GeneratedColumn(value = "lower(email)", stored = true) String emailLower,
          Tier tier) {

        public enum Tier { FREE, PRO }
      }
      """;

    private static final String NOTE = """
      package app;

      import dev.sleet.schema.*;

      @Table("notes")
      public record Note(@PrimaryKey(autoIncrement = true) Long id, String text) {}
      """;

    private static final String NOTE_WITH_STARS = """
      package app;

      import dev.sleet.schema.*;

      @Table("notes")
      public record Note(@PrimaryKey(autoIncrement = true) Long id, String text, @Default("0") Integer stars) {}
      """;

    private static final String COMMENT = """
      package app;

      import dev.sleet.schema.*;

      @Table("comments")
      public record Comment(
          @PrimaryKey Long id,
          @References(value = User.class, onDelete = ReferentialAction.CASCADE) String userId,
          String body) {}
      """;

    @TempDir
    Path dir;

    @Test
    void recompilingOneRecordKeepsTheOtherTablesInTheDescriptorUnchanged() {
        RealCompiler javac = new RealCompiler(dir)
                .source("app.Nullable", NULLABLE)
                .source("app.User", USER)
                .source("app.Note", NOTE);
        RealCompiler.Result first = javac.compile("app.Nullable", "app.User", "app.Note");
        assertThat(first.success()).as(first.toString()).isTrue();
        SchemaModel before = SchemaDescriptor.read(javac.descriptor());
        assertThat(before.tables()).extracting(TableModel::name).containsExactly("notes", "users");

        javac.source("app.Note", NOTE_WITH_STARS);
        RealCompiler.Result second = javac.compile("app.Note");

        assertThat(second.success()).as(second.toString()).isTrue();
        SchemaModel after = SchemaDescriptor.read(javac.descriptor());
        assertThat(after.tables()).extracting(TableModel::name).containsExactly("notes", "users");
        assertThat(after.table("notes").orElseThrow().columns())
                .extracting(c -> c.name())
                .containsExactly("id", "text", "stars");
        assertThat(after.table("users"))
                .as("users read back from its class file")
                .isEqualTo(before.table("users"));
    }

    @Test
    void recompilingWithNothingChangedGivesTheSameDescriptorBytes() throws Exception {
        RealCompiler javac = new RealCompiler(dir)
                .source("app.Nullable", NULLABLE)
                .source("app.User", USER)
                .source("app.Note", NOTE);
        assertThat(javac.compile("app.Nullable", "app.User", "app.Note").success())
                .isTrue();
        byte[] before = Files.readAllBytes(javac.descriptorFile());

        RealCompiler.Result second = javac.compile("app.Note");

        assertThat(second.success()).as(second.toString()).isTrue();
        assertThat(new String(Files.readAllBytes(javac.descriptorFile()))).isEqualTo(new String(before));
    }

    @Test
    void deletedRecordsTableDisappearsFromTheDescriptor() {
        RealCompiler javac = new RealCompiler(dir)
                .source("app.Nullable", NULLABLE)
                .source("app.User", USER)
                .source("app.Note", NOTE);
        assertThat(javac.compile("app.Nullable", "app.User", "app.Note").success())
                .isTrue();
        assertThat(SchemaDescriptor.read(javac.descriptor()).table("users")).isPresent();

        javac.delete("app.User");
        javac.delete("app.User$Tier");
        javac.source("app.Note", NOTE_WITH_STARS);
        RealCompiler.Result second = javac.compile("app.Note");

        assertThat(second.success()).as(second.toString()).isTrue();
        assertThat(SchemaDescriptor.read(javac.descriptor()).tables())
                .extracting(TableModel::name)
                .containsExactly("notes");
    }

    @Test
    void recompilingOnlyAReferringRecordResolvesItsForeignKeyAgainstTheClassFile() {
        RealCompiler javac = new RealCompiler(dir)
                .source("app.Nullable", NULLABLE)
                .source("app.User", USER)
                .source("app.Comment", COMMENT);
        assertThat(javac.compile("app.Nullable", "app.User", "app.Comment").success())
                .isTrue();
        SchemaModel before = SchemaDescriptor.read(javac.descriptor());

        RealCompiler.Result second = javac.compile("app.Comment");

        assertThat(second.success()).as(second.toString()).isTrue();
        SchemaModel after = SchemaDescriptor.read(javac.descriptor());
        assertThat(after).isEqualTo(before);
        assertThat(after.table("comments")
                        .orElseThrow()
                        .column("user_id")
                        .orElseThrow()
                        .references()
                        .column())
                .isEqualTo("id");
    }

    @Test
    void typeUseNullableSurvivesRereadingFromTheClassFile() {
        // JSpecify's @Nullable, which the README uses, is a TYPE_USE annotation.
        String typeUseNullable = """
        package app.annotations;

        import java.lang.annotation.*;

        @Retention(RetentionPolicy.CLASS)
        @Target(ElementType.TYPE_USE)
        public @interface Nullable {}
        """;
        String profile = """
        package app;

        import app.annotations.Nullable;
        import dev.sleet.schema.*;

        @Table("profiles")
        public record Profile(@PrimaryKey String id, @Nullable String bio, @Nullable Integer age) {}
        """;
        RealCompiler javac = new RealCompiler(dir)
                .source("app.annotations.Nullable", typeUseNullable)
                .source("app.Profile", profile)
                .source("app.Note", NOTE);
        assertThat(javac.compile("app.annotations.Nullable", "app.Profile", "app.Note")
                        .success())
                .isTrue();
        TableModel before =
                SchemaDescriptor.read(javac.descriptor()).table("profiles").orElseThrow();
        assertThat(before.column("bio").orElseThrow().nullable()).isTrue();

        javac.source("app.Note", NOTE_WITH_STARS);
        RealCompiler.Result second = javac.compile("app.Note");

        assertThat(second.success()).as(second.toString()).isTrue();
        TableModel after =
                SchemaDescriptor.read(javac.descriptor()).table("profiles").orElseThrow();
        assertThat(after.column("bio").orElseThrow().nullable())
                .as("bio nullable after an incremental build")
                .isTrue();
        assertThat(after).isEqualTo(before);
    }
}
