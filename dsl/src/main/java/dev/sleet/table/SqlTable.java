package dev.sleet.table;

import dev.sleet.expr.Selectable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.internal.FlagColumn;
import dev.sleet.table.internal.NumericColumn;
import dev.sleet.table.internal.TableColumn;
import dev.sleet.table.internal.TableParts;
import dev.sleet.table.internal.TextColumn;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table and how its rows map to a Java record. Sleet's annotation processor writes one subclass per
 * {@code @Table} record, with a singleton ({@code USERS}) and one typed column field per component:
 *
 * <pre>{@code
 * public final class Users extends SqlTable<User> {
 *   public static final Users USERS = new Users(null);
 *   public final StringColumn ID = stringColumn("id", ColumnOption.PRIMARY_KEY);
 *   public final NumberColumn<Integer> POINTS = numberColumn("points", SqlTypes.INTEGER, ColumnOption.HAS_DEFAULT);
 *   private Users(String alias) { super("users", alias); }
 *   public Users as(String alias) { return new Users(alias); }
 *   protected User readRow(RowCursor row, int first) { return new User(read(ID, row, first), read(POINTS, row, first + 1)); }
 *   protected Object[] storageValues(User u) { return new Object[] {toSql(ID, u.id()), toSql(POINTS, u.points())}; }
 * }
 * }</pre>
 *
 * <p>Selected as a whole ({@code selectFrom(USERS)}, or {@code select(USERS, APPS)}), a table reads back as its
 * record; on the missing side of an outer join, a table whose columns are all NULL reads back as null.
 *
 * @param <R> the row record
 */
public abstract class SqlTable<R> implements Selectable<R> {

    static {
        TableParts.install(new Access());
    }

    private final String name;
    private final @Nullable String alias;
    /** {@code "users"} or {@code "users" AS "u"}, quoted once. */
    private final String sourceSql;

    private final List<SqlColumn<?>> columns = new ArrayList<>();
    private final List<SqlColumn<?>> columnsView = Collections.unmodifiableList(columns);
    /**
     * The column list as a selection writes it, by {@link #selectionVariant}, written on first use (the columns
     * register after this constructor runs); a race writes the same text twice.
     */
    private final String[] selectionSql = new String[4];

    /**
     * Creates a table.
     *
     * @param name  the table's name in the database
     * @param alias the name it goes by in a query ({@code FROM "users" AS "u"}), or null for none
     */
    protected SqlTable(String name, @Nullable String alias) {
        this.name = name;
        this.alias = alias;
        String quoted = SqlBuilder.quote(name);
        this.sourceSql = alias == null ? quoted : quoted + " AS " + SqlBuilder.quote(alias);
    }

    /** The table's name in the database. */
    public final String name() {
        return name;
    }

    /** The alias this instance goes by, or null. */
    public final @Nullable String alias() {
        return alias;
    }

    /** The columns, in declaration order. */
    public final List<SqlColumn<?>> columns() {
        return columnsView;
    }

    /** The same table under another name in a query, for self-joins: {@code USERS.as("referrer")}. */
    public abstract SqlTable<R> as(String alias);

    /**
     * Builds a record from the row's columns, starting at result column {@code first} (1-based), in column order.
     * Written by the annotation processor with {@link #read}; queries call it.
     */
    protected abstract R readRow(RowCursor row, int first);

    /**
     * The storage values of a record's columns, in column order. Written by the annotation processor with
     * {@link #toSql}.
     */
    protected abstract Object[] storageValues(R row);

    /** For {@link #readRow}: a column's value from result column {@code index} (1-based). */
    protected static <T> @Nullable T read(SqlColumn<T> column, RowCursor row, int index) {
        return TableColumn.of(column).type().read(row, index);
    }

    /** For {@link #storageValues}: the storage value a column binds for {@code value}. */
    protected static <T> @Nullable Object toSql(SqlColumn<T> column, @Nullable T value) {
        return TableColumn.of(column).toSql(value);
    }

    /** Declares a String column. */
    protected final StringColumn stringColumn(String columnName, ColumnOption... options) {
        return register(new TextColumn(this, qualifier(), columnName, options));
    }

    /** Declares a numeric column. */
    protected final <N extends Number> NumberColumn<N> numberColumn(
            String columnName, SqlType<N> type, ColumnOption... options) {
        return register(new NumericColumn<>(this, qualifier(), columnName, type, options));
    }

    /** Declares a boolean column. */
    protected final BooleanColumn booleanColumn(String columnName, ColumnOption... options) {
        return register(new FlagColumn(this, qualifier(), columnName, options));
    }

    /** Declares a column of any other mapped type (timestamps, UUIDs, enums, JSON, BLOBs, converted types). */
    protected final <T> SqlColumn<T> column(String columnName, SqlType<T> type, ColumnOption... options) {
        return register(new TableColumn<>(this, qualifier(), columnName, type, options));
    }

    private <C extends SqlColumn<?>> C register(C column) {
        columns.add(column);
        return column;
    }

    /** What its columns are qualified with: the alias if there is one, else the name. */
    private String qualifier() {
        return alias != null ? alias : name;
    }

    private void renderSelection(SqlBuilder sql) {
        int variant = selectionVariant(sql.qualified(), sql.integersAsText());
        String text = selectionSql[variant];
        if (text == null) {
            SqlBuilder list = new SqlBuilder(new RenderOptions(Integer.MAX_VALUE, sql.integersAsText()));
            list.withResultColumns(
                    true,
                    () -> list.withQualifiers(
                            sql.qualified(),
                            () -> list.commaSeparated(
                                    columns,
                                    (column, out) -> TableColumn.of(column).renderSelection(out))));
            text = list.toString();
            selectionSql[variant] = text;
        }
        sql.append(text);
    }

    private static int selectionVariant(boolean qualified, boolean integersAsText) {
        return (qualified ? 1 : 0) + (integersAsText ? 2 : 0);
    }

    private @Nullable R readOrNull(RowCursor row, int first) {
        for (int i = 0; i < columns.size(); i++) {
            if (row.getObject(first + i) != null) {
                return readRow(row, first);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return alias == null ? name : name + " AS " + alias;
    }

    /** The operations Sleet's queries use, handed to {@link TableParts}. */
    private static final class Access implements TableParts.Access {

        @Override
        public <R> R readRow(SqlTable<R> table, RowCursor row, int first) {
            return table.readRow(row, first);
        }

        @Override
        public <R> @Nullable R readOrNull(SqlTable<R> table, RowCursor row, int first) {
            return table.readOrNull(row, first);
        }

        @Override
        public <R> Object[] storageValues(SqlTable<R> table, R row) {
            return table.storageValues(row);
        }

        @Override
        public void renderSource(SqlTable<?> table, SqlBuilder sql) {
            sql.append(table.sourceSql);
        }

        @Override
        public void renderSelection(SqlTable<?> table, SqlBuilder sql) {
            table.renderSelection(sql);
        }
    }
}
