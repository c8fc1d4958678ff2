package dev.sleet.table;

import dev.sleet.expr.Expression;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;
import java.util.Arrays;
import java.util.List;

/**
 * A column of a table, as a typed expression: {@code "users"."email"} in queries, {@code "email"} where SQL wants a
 * bare name. Table classes declare one public field per column.
 *
 * <pre>{@code
 * db.selectFrom(USERS).where(USERS.DEVICE_ID.eq(deviceId)).first();
 * }</pre>
 *
 * @param <T> the Java type of its values
 */
public class SqlColumn<T> implements Expression<T> {

  private final SqlTable<?> table;
  private final String name;
  private final SqlType<T> type;
  private final boolean nullable;
  private final boolean primaryKey;
  private final boolean hasDefault;
  private final boolean generated;
  /** {@code "table"."column"} and {@code "column"}, quoted once: every query that names the column writes one. */
  private final String qualifiedSql;
  private final String bareSql;

  /** Creates a column of {@code table} and adds it to the table's column list, in declaration order. */
  protected SqlColumn(SqlTable<?> table, String name, SqlType<T> type, ColumnOption... options) {
    this.table = table;
    this.name = name;
    this.type = type;
    List<ColumnOption> given = Arrays.asList(options);
    this.nullable = given.contains(ColumnOption.NULLABLE);
    this.primaryKey = given.contains(ColumnOption.PRIMARY_KEY);
    this.hasDefault = given.contains(ColumnOption.HAS_DEFAULT);
    this.generated = given.contains(ColumnOption.GENERATED);
    this.bareSql = SqlBuilder.quote(name);
    this.qualifiedSql = SqlBuilder.quote(table.qualifier()) + "." + bareSql;
    table.register(this);
  }

  /** The table (or table alias) this column belongs to. */
  public SqlTable<?> table() {
    return table;
  }

  /** The column's name in the database. */
  public String name() {
    return name;
  }

  @Override
  public SqlType<T> type() {
    return type;
  }

  /** Whether the column may hold NULL. */
  public boolean nullable() {
    return nullable;
  }

  /** Whether the column is (part of) the primary key. */
  public boolean primaryKey() {
    return primaryKey;
  }

  /** Whether the database fills the column when an insert leaves it out. */
  public boolean hasDefault() {
    return hasDefault;
  }

  /** Whether the database computes the column, so that no statement may write it. */
  public boolean generated() {
    return generated;
  }

  /** The storage value to bind for {@code value}. */
  public Object toSql(T value) {
    return type.toSql(value);
  }

  /**
   * The value this column would have taken in an upsert's conflicting insert: {@code excluded."column"}, for use in
   * {@code onConflict(...).doUpdate()}.
   */
  public Expression<T> excluded() {
    return new Excluded<>(this);
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.append(sql.qualified() ? qualifiedSql : bareSql);
  }

  /**
   * Writes the column as a result column; one selected as text (see {@link SqlBuilder#selectsAsText}) keeps its
   * name: {@code CAST("screens"."id" AS TEXT) AS "id"}.
   */
  @Override
  public void renderSelection(SqlBuilder sql) {
    if (sql.selectsAsText(type)) {
      sql.append("CAST(").append(sql.qualified() ? qualifiedSql : bareSql).append(" AS TEXT) AS ").append(bareSql);
    } else {
      render(sql);
    }
  }

  /** Writes the bare quoted name, {@code "email"}, as INSERT column lists and SET clauses need it. */
  public void renderName(SqlBuilder sql) {
    sql.append(bareSql);
  }

  @Override
  public String toString() {
    return table.qualifier() + "." + name;
  }

  private record Excluded<T>(SqlColumn<T> column) implements Expression<T> {
    @Override
    public SqlType<T> type() {
      return column.type();
    }

    @Override
    public void render(SqlBuilder sql) {
      sql.append("excluded.");
      column.renderName(sql);
    }
  }
}
