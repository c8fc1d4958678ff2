package dev.sleet.conformance;

import static dev.sleet.conformance.schema.Authors.AUTHORS;
import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.conformance.schema.Author;
import dev.sleet.d1.Database;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** D1's 100-parameter limit never reaches the user: large inserts and IN lists just work. */
class LargeInputConformanceTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tenThousandRowsGoInAsOneAtomicInsert(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            List<Author> authors = LongStream.rangeClosed(1, 10_000)
                    .mapToObj(i -> new Author(i, "author " + i, i * 3))
                    .toList();

            assertThat(db.insertInto(AUTHORS).values(authors).run().changes()).isEqualTo(10_000);

            assertThat(db.select(count(), sum(AUTHORS.SCORE)).from(AUTHORS).first())
                    .hasValueSatisfying(t -> {
                        assertThat(t.value1()).isEqualTo(10_000L);
                        assertThat(t.value2()).isEqualTo(3L * 10_000 * 10_001 / 2);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fiveThousandValuesFitOneInList(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            db.insertInto(AUTHORS)
                    .values(LongStream.rangeClosed(1, 300)
                            .mapToObj(i -> new Author(i, "author " + i, null))
                            .toList())
                    .run();
            List<Long> wanted = LongStream.rangeClosed(1, 5_000)
                    .filter(i -> i % 2 == 0)
                    .boxed()
                    .toList();
            List<String> names = LongStream.rangeClosed(1, 5_000)
                    .mapToObj(i -> "author " + i)
                    .toList();

            assertThat(db.select(count())
                            .from(AUTHORS)
                            .where(AUTHORS.ID.in(wanted))
                            .first())
                    .contains(150L);
            assertThat(db.select(count())
                            .from(AUTHORS)
                            .where(AUTHORS.NAME.notIn(names))
                            .first())
                    .contains(0L);
        }
    }
}
