package dev.sleet.table;

import dev.sleet.expr.Selectable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
 *   public User readRow(RowCursor row, int first) { return new User(ID.read(row, first), POINTS.read(row, first + 1)); }
 *   public Object[] storageValues(User u) { return new Object[] {ID.toSql(u.id()), POINTS.toSql(u.points())}; }
 * }
 * }</pre>
 *
 * <p>Selected as a whole ({@code selectFrom(USERS)}, or {@code select(USERS, APPS)}), a table reads back as its
 * record; on the missing side of an outer join, a table whose columns are all NULL reads back as null.
 *
 * @param <R> the row record
 */
public abstract class SqlTable<R> implements Selectable<R> {

  private final String name;
  private final String alias;
  /** {@code "users"} or {@code "users" AS "u"}, quoted once. */
  private final String sourceSql;
  private final List<SqlColumn<?>> columns = new ArrayList<>();
  private final List<SqlColumn<?>> columnsView = Collections.unmodifiableList(columns);
  /**
   * The column list as {@link #renderSelection} writes it, by {@link #selectionVariant}, written on first use (the
   * columns register after this constructor runs); a race writes the same text twice.
   */
  private final String[] selectionSql = new String[4];

  /**
   * Creates a table.
   *
   * @param name  the table's name in the database
   * @param alias the name it goes by in a query ({@code FROM "users" AS "u"}), or null for none
   */
  protected SqlTable(String name, String alias) {
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
  public final String alias() {
    return alias;
  }

  /** What its columns are qualified with: the alias if there is one, else the name. */
  public final String qualifier() {
    return alias != null ? alias : name;
  }

  /** The columns, in declaration order. */
  public final List<SqlColumn<?>> columns() {
    return columnsView;
  }

  /** The same table under another name in a query, for self-joins: {@code USERS.as("referrer")}. */
  public abstract SqlTable<R> as(String alias);

  /**
   * Builds a record from the row's columns, starting at result column {@code first} (1-based), in column order.
   * Written by the annotation processor; queries call it.
   */
  public abstract R readRow(RowCursor row, int first);

  /** The storage values of a record's columns, in column order. Written by the annotation processor. */
  public abstract Object[] storageValues(R row);

  @Override
  public final int width() {
    return columns.size();
  }

  @Override
  public final void renderSelection(SqlBuilder sql) {
    int variant = selectionVariant(sql.qualified(), sql.integersAsText());
    String text = selectionSql[variant];
    if (text == null) {
      SqlBuilder list = new SqlBuilder(new RenderOptions(Integer.MAX_VALUE, sql.integersAsText()));
      list.withResultColumns(true, () -> list.withQualifiers(sql.qualified(), () -> {
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            list.append(", ");
          }
          columns.get(i).renderSelection(list);
        }
      }));
      text = list.toString();
      selectionSql[variant] = text;
    }
    sql.append(text);
  }

  private static int selectionVariant(boolean qualified, boolean integersAsText) {
    return (qualified ? 1 : 0) + (integersAsText ? 2 : 0);
  }

  @Override
  public final R read(RowCursor row, int first) {
    for (int i = 0; i < columns.size(); i++) {
      if (row.getObject(first + i) != null) {
        return readRow(row, first);
      }
    }
    return null;
  }

  /** Writes the table as a FROM or JOIN source: {@code "users"} or {@code "users" AS "u"}. */
  public final void renderSource(SqlBuilder sql) {
    sql.append(sourceSql);
  }

  /** Declares a String column. */
  protected final StringColumn stringColumn(String columnName, ColumnOption... options) {
    return new StringColumn(this, columnName, options);
  }

  /** Declares a numeric column. */
  protected final <N extends Number> NumberColumn<N> numberColumn(String columnName, SqlType<N> type,
      ColumnOption... options) {
    return new NumberColumn<>(this, columnName, type, options);
  }

  /** Declares a boolean column. */
  protected final BooleanColumn booleanColumn(String columnName, ColumnOption... options) {
    return new BooleanColumn(this, columnName, options);
  }

  /** Declares a column of any other mapped type (timestamps, UUIDs, enums, JSON, BLOBs, converted types). */
  protected final <T> SqlColumn<T> column(String columnName, SqlType<T> type, ColumnOption... options) {
    return new SqlColumn<>(this, columnName, type, options);
  }

  void register(SqlColumn<?> column) {
    columns.add(column);
  }

  @Override
  public String toString() {
    return alias == null ? name : name + " AS " + alias;
  }
}
