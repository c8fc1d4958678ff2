package dev.sleet.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failed compilation leaves in the class output. Compile-Testing hides the files of a failed compilation, so
 * these tests run javac on real directories.
 */
class FailedCompilationOutputTest {

    private static final String USER = """
      package app;

      import dev.sleet.schema.*;

      @Table("users")
      public record User(@PrimaryKey String id, char initial) {}
      """;

    private static final String APP = """
      package app;

      import dev.sleet.schema.*;

      @Table("apps")
      public record App(@PrimaryKey Long id, String name) {}
      """;

    private static final String BAD_CHECK = """
      package app;

      import dev.sleet.schema.*;

      @Table("users")
      @Check("points >>> 0")
      public record User(@PrimaryKey String id, int points) {}
      """;

    @TempDir
    Path dir;

    @Test
    void recordMistakeWritesNoDescriptor() {
        RealCompiler javac = new RealCompiler(dir).source("app.User", USER).source("app.App", APP);
        RealCompiler.Result result = javac.compile("app.User", "app.App");

        assertThat(result.success()).as(result.toString()).isFalse();
        assertThat(result.errors()).singleElement().asString().startsWith("Sleet cannot store a char");
        assertThat(Files.exists(javac.descriptorFile())).isFalse();
    }

    @Test
    void recordMistakeStillGeneratesTheOtherTablesClasses() {
        RealCompiler javac = new RealCompiler(dir).source("app.User", USER).source("app.App", APP);
        javac.compile("app.User", "app.App");

        assertThat(javac.hasGeneratedSource("app.Apps")).isTrue();
        assertThat(javac.hasGeneratedSource("app.Users")).isFalse();
    }

    @Test
    void ddlMistakeWritesNoDescriptor() {
        RealCompiler javac = new RealCompiler(dir).source("app.User", BAD_CHECK).source("app.App", APP);
        RealCompiler.Result result = javac.compile("app.User", "app.App");

        assertThat(result.success()).as(result.toString()).isFalse();
        assertThat(result.errors()).singleElement().asString().startsWith("this table's SQL does not run on SQLite:");
        assertThat(Files.exists(javac.descriptorFile())).isFalse();
    }

    @Test
    void successfulCompilationWritesTheDescriptorAndTheTableClasses() {
        RealCompiler javac = new RealCompiler(dir).source("app.App", APP);
        RealCompiler.Result result = javac.compile("app.App");

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(javac.classOutputFiles())
                .containsExactly("META-INF/sleet/schema.json", "app/App.class", "app/Apps.class");
    }
}
