package dev.sleet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.d1.Database;
import dev.sleet.fixtures.Users;
import dev.sleet.query.InsertQuery;
import dev.sleet.query.InsertStep;
import dev.sleet.query.SelectQuery;
import dev.sleet.table.StringColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public methods and fields of representative API types, compared with the lists checked in under
 * {@code src/test/resources/public-api}: a column, a generated table, a select, an insert before and after its rows,
 * and {@code Database}. Adding to what users see in completion is then a reviewed change to one of those files.
 *
 * <p>After a deliberate change, rewrite the lists with
 * {@code mvn -pl dsl test -Dtest=PublicSurfaceTest -Dsleet.publicApi.write=true} and review the diff.
 */
class PublicSurfaceTest {

    private static final List<Class<?>> TYPES = List.of(
            StringColumn.class, Users.class, SelectQuery.class, InsertStep.class, InsertQuery.class, Database.class);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void publicSurfaceIsTheCheckedInOne(int index) throws IOException {
        Class<?> type = TYPES.get(index);
        String actual = surface(type);
        String file = type.getSimpleName() + ".txt";
        if (Boolean.getBoolean("sleet.publicApi.write")) {
            Files.writeString(Path.of("src/test/resources/public-api", file), actual);
        }
        assertThat(actual)
                .as(
                        "the public surface of %s; if the change is deliberate, rewrite src/test/resources/public-api/%s "
                                + "(see this test's javadoc) and review the diff",
                        type.getName(), file)
                .isEqualTo(checkedIn(file));
    }

    /** One line per public method or field a user's code can reach, sorted; Object's own methods left out. */
    static String surface(Class<?> type) {
        TreeSet<String> lines = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            String parameters = Arrays.stream(method.getGenericParameterTypes())
                    .map(Type::getTypeName)
                    .collect(Collectors.joining(", "));
            lines.add((Modifier.isStatic(method.getModifiers()) ? "static " : "")
                    + method.getGenericReturnType().getTypeName() + " " + method.getName() + "(" + parameters + ")");
        }
        for (Field field : type.getFields()) {
            lines.add((Modifier.isStatic(field.getModifiers()) ? "static " : "") + "field "
                    + field.getGenericType().getTypeName() + " " + field.getName());
        }
        return String.join("\n", lines) + "\n";
    }

    private static String checkedIn(String file) {
        try (InputStream in = PublicSurfaceTest.class.getResourceAsStream("/public-api/" + file)) {
            return in == null
                    ? "(no checked-in list: " + file + ")"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
