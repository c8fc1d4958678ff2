package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.generatedSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.ForeignKeyModel;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One schema spread over packages whose records refer to each other. */
class MultiPackageSchemaTest {

    private static final JavaFileObject USER = JavaFileObjects.forSourceString("app.users.User", """
      package app.users;

      import app.billing.Plan;
      import dev.sleet.schema.*;

      @Table("users")
      public record User(
          @PrimaryKey String id,
          @References(value = Plan.class, onDelete = ReferentialAction.RESTRICT) String planCode) {}
      """);

    private static final JavaFileObject SESSION = JavaFileObjects.forSourceString("app.users.Session", """
      package app.users;

      import dev.sleet.schema.*;

      @Table("sessions")
      public record Session(
          @PrimaryKey String token,
          @References(value = User.class, onDelete = ReferentialAction.CASCADE) String userId) {}
      """);

    private static final JavaFileObject PLAN = JavaFileObjects.forSourceString("app.billing.Plan", """
      package app.billing;

      import dev.sleet.schema.*;

      @Table("plans")
      public record Plan(@PrimaryKey String code, long monthlyCents) {}
      """);

    private static final JavaFileObject INVOICE = JavaFileObjects.forSourceString("app.billing.Invoice", """
      package app.billing;

      import app.users.User;
      import dev.sleet.schema.*;

      @Table("invoices")
      public record Invoice(
          @PrimaryKey(autoIncrement = true) Long id,
          @References(value = User.class, onDelete = ReferentialAction.CASCADE) String userId,
          @References(value = Plan.class, column = "code") String planCode,
          long cents) {}
      """);

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = CompilationSupport.compile(USER, SESSION, PLAN, INVOICE);
    }

    @Test
    void schemaOverTwoPackagesCompiles() {
        assertThat(compilation).succeeded();
    }

    @Test
    void tableClassesLandInTheirRecordsPackages() {
        assertThat(generatedSource(compilation, "app.users.Users"))
                .startsWith("package app.users;\n")
                .contains("public final class Users extends SqlTable<User> {");
        assertThat(generatedSource(compilation, "app.users.Sessions")).startsWith("package app.users;\n");
        assertThat(generatedSource(compilation, "app.billing.Plans")).startsWith("package app.billing;\n");
        assertThat(generatedSource(compilation, "app.billing.Invoices"))
                .startsWith("package app.billing;\n")
                .contains("public final class Invoices extends SqlTable<Invoice> {")
                .doesNotContain("import app.");
        assertThat(compilation.generatedSourceFiles()).hasSize(4);
    }

    @Test
    void descriptorHoldsEveryTableSortedByName() {
        SchemaModel schema = SchemaDescriptor.read(CompilationSupport.descriptor(compilation));
        assertThat(schema.tables())
                .extracting(TableModel::name)
                .containsExactly("invoices", "plans", "sessions", "users");
        assertThat(schema.tables())
                .extracting(TableModel::recordClass)
                .containsExactly("app.billing.Invoice", "app.billing.Plan", "app.users.Session", "app.users.User");
        assertThat(schema.tables())
                .extracting(TableModel::tableClass)
                .containsExactly("app.billing.Invoices", "app.billing.Plans", "app.users.Sessions", "app.users.Users");
    }

    @Test
    void foreignKeysAcrossPackagesResolveToTheReferencedKeys() {
        SchemaModel schema = SchemaDescriptor.read(CompilationSupport.descriptor(compilation));
        assertThat(reference(schema, "users", "plan_code"))
                .isEqualTo(new ForeignKeyModel("plans", "code", "RESTRICT", "NO ACTION"));
        assertThat(reference(schema, "invoices", "user_id"))
                .isEqualTo(new ForeignKeyModel("users", "id", "CASCADE", "NO ACTION"));
        assertThat(reference(schema, "invoices", "plan_code"))
                .isEqualTo(new ForeignKeyModel("plans", "code", "NO ACTION", "NO ACTION"));
        assertThat(reference(schema, "sessions", "user_id"))
                .isEqualTo(new ForeignKeyModel("users", "id", "CASCADE", "NO ACTION"));
    }

    @Test
    void sameSchemaInAnotherSourceOrderGivesTheSameDescriptor() {
        Compilation reversed = CompilationSupport.compile(INVOICE, PLAN, SESSION, USER);
        assertThat(CompilationSupport.descriptorBytes(reversed))
                .isEqualTo(CompilationSupport.descriptorBytes(compilation));
    }

    @Test
    void sameTableNameInTwoPackagesIsStillADuplicate() {
        JavaFileObject otherUser = JavaFileObjects.forSourceString("app.billing.User", """
        package app.billing;

        import dev.sleet.schema.*;

        @Table("users")
        public record User(@PrimaryKey String id) {}
        """);
        Compilation c = CompilationSupport.compile(USER, PLAN, otherUser);
        assertThat(c).hadErrorContaining("table users is declared twice");
    }

    private static ForeignKeyModel reference(SchemaModel schema, String table, String column) {
        ColumnModel model = schema.table(table).orElseThrow().column(column).orElseThrow();
        return model.references();
    }
}
