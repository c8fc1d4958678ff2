package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.GOLDEN_INPUTS;
import static dev.sleet.codegen.processor.CompilationSupport.diagnostics;
import static dev.sleet.codegen.processor.CompilationSupport.goldenSources;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated table classes compile without a single warning under {@code -Xlint:all -Werror}. */
class WarningFreeGeneratedCodeTest {

    /** Every mapped type and every annotation, but no annotation other than Sleet's. */
    private static final JavaFileObject EVERYTHING = JavaFileObjects.forSourceString("shop.Order", """
      package shop;

      import dev.sleet.schema.*;
      import dev.sleet.types.Converter;
      import java.math.BigDecimal;
      import java.time.Instant;
      import java.time.LocalDate;
      import java.time.LocalDateTime;
      import java.util.List;
      import java.util.Map;
      import java.util.UUID;

      /**
       * An order.
       *
       * @param id the order's id
       */
      @Table(value = "orders", strict = false)
      @Index(columns = {"customer_id", "placed_at"})
      @Index(columns = "status", where = "status <> 'DONE'", name = "open_orders")
      @Unique(columns = {"customer_id", "number"})
      @Check(value = "total >= 0", name = "total_not_negative")
      public record Order(
          @PrimaryKey(autoIncrement = true) Long id,
          @References(value = Customer.class, onDelete = ReferentialAction.CASCADE) String customerId,
          int number,
          long sequence,
          short priority,
          byte flags,
          double weight,
          float ratio,
          boolean gift,
          Integer boxedNumber,
          Long boxedSequence,
          Short boxedPriority,
          Byte boxedFlags,
          Double boxedWeight,
          Float boxedRatio,
          Boolean boxedGift,
          @Default("'0.00'") BigDecimal total,
          UUID trackingId,
          Status status,
          @Default("datetime('now')") Instant placedAt,
          @Timestamp(Timestamp.Mode.EPOCH_SECONDS) Instant paidAt,
          @Timestamp(Timestamp.Mode.EPOCH_MILLIS) LocalDateTime shippedAt,
          @Timestamp(Timestamp.Mode.TEXT) LocalDateTime packedAt,
          LocalDate dueOn,
          byte[] receipt,
          @Json List<String> tags,
          @Json Map<String, List<Integer>> quantities,
          @Json Address address,
          @Convert(CodeConverter.class) Code code,
          @GeneratedColumn("upper(customer_id)") String customerKey,
          @Column("note_text") @RenamedFrom("note") String noteText) {

        /** An order's state. */
        public enum Status { OPEN, DONE }

        /** Where it goes. */
        public record Address(String street, String city) {}

        /** A short code. */
        public record Code(String value) {}

        /** Stores a code as its text. */
        public static final class CodeConverter implements Converter<Code, String> {
          @Override
          public String toStored(Code value) {
            return value.value();
          }

          @Override
          public Code fromStored(String stored) {
            return new Code(stored);
          }
        }
      }
      """);

    private static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceString("shop.Customer", """
      package shop;

      import dev.sleet.schema.*;

      @Table(value = "customers", strict = true, withoutRowid = true)
      public record Customer(@PrimaryKey String id, String name) {}
      """);

    private static final JavaFileObject LINE = JavaFileObjects.forSourceString("shop.OrderLine", """
      package shop;

      import dev.sleet.schema.*;

      @Table(value = "order_lines", primaryKey = {"orderId", "position"})
      public record OrderLine(
          @References(value = Order.class, onDelete = ReferentialAction.CASCADE) long orderId,
          int position,
          String item) {}
      """);

    @Test
    void schemaWithOnlySleetAnnotationsCompilesWithoutAnyWarning() {
        Compilation c = CompilationSupport.compiler()
                .withOptions("-Xlint:all", "-Werror")
                .compile(EVERYTHING, CUSTOMER, LINE);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c.generatedSourceFiles()).hasSize(3);
    }

    @Test
    void theOnlyWarningAboutAUserDefinedNullableIsTheUnclaimedAnnotationOne() {
        // The golden schema marks components with its own app.Nullable. No processor claims that annotation,
        // so javac's -Xlint:processing says so (JDK 17 writes the unnamed module's name before it:
        // "/app.Nullable"); nothing else may warn.
        Compilation c = CompilationSupport.compiler().withOptions("-Xlint:all").compile(goldenSources(GOLDEN_INPUTS));
        assertThat(c).succeeded();
        assertThat(c.diagnostics())
                .as(diagnostics(c))
                .filteredOn(
                        d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.getMessage(null))
                        .matches("No processor claimed any of these annotations: /?app\\.Nullable"));
    }

    @Test
    void goldenSchemaCompilesWithoutWarningsOnceTheUnclaimedAnnotationLintIsOff() {
        // -processing only: the test above shows that the unclaimed app.Nullable is the one thing it would report.
        Compilation c = CompilationSupport.compiler()
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(goldenSources(GOLDEN_INPUTS));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void sleetAnnotationsThemselvesAreClaimed() {
        // With only Sleet annotations, -Xlint:processing has nothing to say: the processor claims dev.sleet.schema.*.
        Compilation c = CompilationSupport.compiler()
                .withOptions("-Xlint:processing", "-Werror")
                .compile(CUSTOMER);
        assertThat(c).succeededWithoutWarnings();
    }
}
