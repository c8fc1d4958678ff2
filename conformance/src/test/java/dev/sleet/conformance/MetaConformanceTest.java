package dev.sleet.conformance;

import static dev.sleet.conformance.schema.Authors.AUTHORS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.conformance.schema.Author;
import dev.sleet.d1.Database;
import dev.sleet.d1.Meta;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** D1's meta: changes, last row id, whether the database changed, and the counts only D1 can know. */
class MetaConformanceTest {

  @ParameterizedTest
  @EnumSource(Engine.class)
  void writesReportTheirChangesAndTheLastRowId(Engine engine) {
    try (Database db = Schema.create(engine.open())) {
      Meta insert = db.insertInto(AUTHORS)
          .values(List.of(new Author(null, "ada", 1L), new Author(null, "brian", 2L), new Author(null, "cy", 3L)))
          .run();
      assertThat(insert.changes()).isEqualTo(3);
      assertThat(insert.lastRowId()).isEqualTo(3);
      assertThat(insert.changedDb()).isTrue();

      Meta update = db.update(AUTHORS).set(AUTHORS.SCORE, 0L).where(AUTHORS.SCORE.ge(2L)).run();
      assertThat(update.changes()).isEqualTo(2);

      Meta select = db.prepare("SELECT * FROM authors").run();
      assertThat(select.changes()).isZero();
      assertThat(select.changedDb()).isFalse();
      assertThat(select.duration()).isGreaterThanOrEqualTo(0);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void rowsReadAndWrittenAreCountedByD1Only(Engine engine) {
    try (Database db = Schema.create(engine.open())) {
      Meta insert = db.insertInto(AUTHORS).values(new Author(null, "ada", 1L)).run();
      if (engine.isD1()) {
        assertThat(insert.rowsWritten().orElseThrow()).isPositive();
        assertThat(insert.sizeAfter().orElseThrow()).isPositive();
      } else {
        KnownDifferences.require("meta-counts");
        assertThat(insert.rowsRead()).isEmpty();
        assertThat(insert.rowsWritten()).isEmpty();
        assertThat(insert.sizeAfter()).isEmpty();
      }
    }
  }
}
