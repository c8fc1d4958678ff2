package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.GOLDEN_INPUTS;
import static dev.sleet.codegen.processor.CompilationSupport.goldenSources;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.result.Row;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the golden schema's generated table classes against SQLite: the tables are created from the descriptor's
 * DDL, records go in through {@code storageValues} and come back through {@code readRow}. A column order or type
 * mistake in the generated code shows up here as a wrong value.
 */
class GeneratedTablesRoundTripTest {

    private static ClassLoader classes;
    private static SchemaModel schema;
    private Database db;

    @BeforeAll
    static void compileGoldenSchema() {
        Compilation c = CompilationSupport.compiler().compile(goldenSources(GOLDEN_INPUTS));
        assertThat(c).succeeded();
        classes = new CompiledClasses(c);
        schema = SchemaDescriptor.read(CompilationSupport.descriptor(c));
    }

    @BeforeEach
    void createTables() {
        db = Sleet.sqliteInMemory();
        for (TableModel table : schema.tables()) {
            for (String sql : DdlWriter.create(table)) {
                db.prepare(sql).run();
            }
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tableClassColumnsMatchTheDescriptorsColumnsInOrder() {
        for (TableModel table : schema.tables()) {
            SqlTable<?> sqlTable = table(table.tableClass());
            assertThat(sqlTable.name()).isEqualTo(table.name());
            assertThat(sqlTable.columns())
                    .extracting(SqlColumn::name)
                    .containsExactlyElementsOf(
                            table.columns().stream().map(c -> c.name()).toList());
            for (int i = 0; i < table.columns().size(); i++) {
                assertThat(sqlTable.columns().get(i).nullable())
                        .as(table.name() + "." + table.columns().get(i).name())
                        .isEqualTo(table.columns().get(i).nullable());
            }
        }
    }

    @Test
    void userRoundTripsEveryMappedTypeAndLeavesNullDefaultsToTheDatabase() throws Exception {
        Object handle = construct("app.Handle", "@ada");
        Object user = construct(
                "app.User",
                "u1",
                null,
                "Ada",
                null,
                null,
                false,
                null,
                null,
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                new byte[] {1, 2, 3},
                List.of("a", "b"),
                Instant.ofEpochMilli(1_700_000_000_123L),
                handle);

        insert(table("app.Users"), user);
        Object read = selectAll(table("app.Users")).get(0);

        Map<String, Object> values = components(read);
        assertThat(values.get("id")).isEqualTo("u1");
        assertThat(values.get("email")).isNull();
        assertThat(values.get("displayName")).isEqualTo("Ada");
        assertThat(values.get("points")).as("DEFAULT 0").isEqualTo(0);
        assertThat(values.get("createdAt")).as("DEFAULT (datetime('now'))").isInstanceOf(Instant.class);
        assertThat(values.get("isBanned")).isEqualTo(false);
        assertThat(values.get("tier")).asString().as("DEFAULT 'FREE'").isEqualTo("FREE");
        assertThat(values.get("balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(values.get("deviceId")).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        assertThat((byte[]) values.get("avatar")).containsExactly(1, 2, 3);
        assertThat(values.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(values.get("lastSeenAt")).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(values.get("handle")).isEqualTo(handle);

        Row stored = db.prepare("SELECT typeof(last_seen_at) AS t, last_seen_at, tags, typeof(avatar) AS a, handle, "
                        + "device_id FROM users")
                .first()
                .orElseThrow();
        assertThat(stored.get("t")).isEqualTo("integer");
        assertThat(stored.getLong("last_seen_at")).isEqualTo(1_700_000_000_123L);
        assertThat(stored.getString("tags")).isEqualTo("[\"a\",\"b\"]");
        assertThat(stored.get("a")).isEqualTo("blob");
        assertThat(stored.getString("handle")).isEqualTo("@ada");
        assertThat(stored.getString("device_id")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void appsRowidKeyIsAssignedAndScreensGeneratedColumnsAreComputed() throws Exception {
        insert(
                table("app.Users"),
                construct(
                        "app.User",
                        "u1",
                        "ada@example.com",
                        null,
                        5,
                        null,
                        true,
                        enumConstant("app.Tier", "PRO"),
                        new BigDecimal("12.50"),
                        UUID.randomUUID(),
                        null,
                        List.of(),
                        Instant.ofEpochMilli(0),
                        null));
        insert(table("app.Apps"), construct("app.App", null, "u1", "Sleet", null));
        Object app = selectAll(table("app.Apps")).get(0);
        assertThat(components(app).get("id")).isEqualTo(1L);

        insert(
                table("app.Screens"),
                construct("app.Screen", null, 1L, "u1", 3, "Home", null, null, null, "k/1.png", "the home screen"));
        Map<String, Object> screen = components(selectAll(table("app.Screens")).get(0));
        assertThat(screen.get("id")).isEqualTo(1L);
        assertThat(screen.get("appId")).isEqualTo(1L);
        assertThat(screen.get("flowIndex")).isEqualTo(3);
        assertThat(screen.get("titleLower")).as("GENERATED lower(title)").isEqualTo("home");
        assertThat(screen.get("position")).as("GENERATED flow_index + 1").isEqualTo(4);
        assertThat(screen.get("imageKey")).isEqualTo("k/1.png");
        assertThat(screen.get("altText")).isEqualTo("the home screen");
    }

    @Test
    void compositeKeyTableRoundTrips() throws Exception {
        insert(table("app.RateBuckets"), construct("app.RateBucket", "ip:1", 1_700_000_000L, 7, 0.5));
        Map<String, Object> bucket =
                components(selectAll(table("app.RateBuckets")).get(0));
        assertThat(bucket)
                .containsEntry("key", "ip:1")
                .containsEntry("windowStart", 1_700_000_000L)
                .containsEntry("count", 7)
                .containsEntry("weight", 0.5);
    }

    // --- reflection over the compiled classes
    // -------------------------------------------------------------------------

    private static SqlTable<?> table(String tableClass) {
        try {
            Class<?> type = classes.loadClass(tableClass);
            String singleton = Arrays.stream(type.getFields())
                    .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                    .findFirst()
                    .orElseThrow()
                    .getName();
            return (SqlTable<?>) type.getField(singleton).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object construct(String recordClass, Object... values) throws ReflectiveOperationException {
        Class<?> type = classes.loadClass(recordClass);
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
        return constructor.newInstance(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(String enumClass, String name) throws ReflectiveOperationException {
        return Enum.valueOf((Class<? extends Enum>) classes.loadClass(enumClass), name);
    }

    private static Map<String, Object> components(Object record) throws ReflectiveOperationException {
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            values.put(component.getName(), component.getAccessor().invoke(record));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private <T> void insert(SqlTable<T> table, Object row) {
        db.insertInto(table).values((T) row).run();
    }

    private <T> List<T> selectAll(SqlTable<T> table) {
        return db.selectFrom(table).all();
    }

    /** Defines the classes of a successful compilation, parent-first over the test class path. */
    private static final class CompiledClasses extends ClassLoader {
        private final Map<String, byte[]> bytes = new HashMap<>();

        CompiledClasses(Compilation compilation) {
            super(GeneratedTablesRoundTripTest.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String path = file.toUri().getPath();
                String name = path.substring(
                                path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                                path.length() - ".class".length())
                        .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    bytes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = bytes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
