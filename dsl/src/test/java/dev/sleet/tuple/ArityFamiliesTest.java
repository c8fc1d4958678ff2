package dev.sleet.tuple;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked-in {@code Tuple2..8}, {@code Mapper2..8} and {@code QueryDsl}'s select overloads are what
 * {@link ArityFamilies} writes. To change them, change the generator and run
 * {@code mvn -pl dsl test -Dtest=ArityFamiliesTest -Dsleet.arity.write=true}.
 */
class ArityFamiliesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/sleet");
    private static final boolean WRITE = Boolean.getBoolean("sleet.arity.write");

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void tuplesAndMappersAreTheGeneratedOnes(int n) throws IOException {
        matches(SOURCES.resolve("tuple/Tuple" + n + ".java"), ArityFamilies.tuple(n));
        matches(SOURCES.resolve("tuple/Mapper" + n + ".java"), ArityFamilies.mapper(n));
    }

    @Test
    void noTupleOrMapperBeyondTheLargestArity() {
        assertThat(SOURCES.resolve("tuple/Tuple" + (ArityFamilies.MAX + 1) + ".java"))
                .doesNotExist();
        assertThat(SOURCES.resolve("tuple/Mapper" + (ArityFamilies.MAX + 1) + ".java"))
                .doesNotExist();
    }

    @Test
    void selectOverloadsAreTheGeneratedOnes() throws IOException {
        Path file = SOURCES.resolve("query/QueryDsl.java");
        String source = Files.readString(file);
        int begin = source.indexOf(ArityFamilies.BEGIN);
        int end = source.indexOf(ArityFamilies.END);
        assertThat(begin)
                .as("QueryDsl.java holds the generated region's first line")
                .isNotNegative();
        assertThat(end)
                .as("QueryDsl.java holds the generated region's last line")
                .isGreaterThan(begin);
        int after = end + ArityFamilies.END.length() + 1;
        String expected = source.substring(0, begin) + ArityFamilies.selectOverloads() + source.substring(after);
        matches(file, expected);
    }

    private static void matches(Path file, String expected) throws IOException {
        if (WRITE) {
            Files.writeString(file, expected);
        }
        assertThat(Files.readString(file))
                .as("%s differs from what ArityFamilies writes; see ArityFamiliesTest's javadoc", file)
                .isEqualTo(expected);
    }
}
