package dev.sleet.samples;

import dev.sleet.table.SqlColumn;
import dev.sleet.table.ColumnOption;
import dev.sleet.table.NumberColumn;
import dev.sleet.table.StringColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlTypes;
import java.time.Instant;

/** The notes table, written by hand in the shape Sleet's annotation processor generates. */
public final class Notes extends SqlTable<Note> {

  /** The table. */
  public static final Notes NOTES = new Notes(null);

  /** {@code id INTEGER PRIMARY KEY}. */
  public final NumberColumn<Long> ID =
      numberColumn("id", SqlTypes.LONG, ColumnOption.PRIMARY_KEY, ColumnOption.HAS_DEFAULT);
  /** {@code author TEXT NOT NULL}. */
  public final StringColumn AUTHOR = stringColumn("author");
  /** {@code title TEXT NOT NULL}. */
  public final StringColumn TITLE = stringColumn("title");
  /** {@code stars INTEGER NOT NULL}. */
  public final NumberColumn<Integer> STARS = numberColumn("stars", SqlTypes.INTEGER);
  /** {@code created_at TEXT NOT NULL DEFAULT (datetime('now'))}. */
  public final SqlColumn<Instant> CREATED_AT = column("created_at", SqlTypes.INSTANT, ColumnOption.HAS_DEFAULT);

  private Notes(String alias) {
    super("notes", alias);
  }

  @Override
  public Notes as(String alias) {
    return new Notes(alias);
  }

  @Override
  public Note readRow(RowCursor row, int first) {
    return new Note(ID.read(row, first), AUTHOR.read(row, first + 1), TITLE.read(row, first + 2),
        STARS.read(row, first + 3), CREATED_AT.read(row, first + 4));
  }

  @Override
  public Object[] storageValues(Note note) {
    return new Object[] {ID.toSql(note.id()), AUTHOR.toSql(note.author()), TITLE.toSql(note.title()),
        STARS.toSql(note.stars()), CREATED_AT.toSql(note.createdAt())};
  }
}
