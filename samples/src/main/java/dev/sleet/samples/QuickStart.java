package dev.sleet.samples;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.sum;
import static dev.sleet.samples.Notes.NOTES;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.d1.Meta;
import dev.sleet.errors.StatementRefusedException;
import dev.sleet.tuple.Tuple3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sleet on an embedded database that behaves like D1: create a table, insert rows in one atomic batch, query them
 * with the typed DSL and with raw SQL, and see D1's refusals. Prints what it does.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the walk-through on a fresh database file in a temporary folder.
   *
   * @param args unused
   * @throws Exception when the temporary folder cannot be made
   */
  public static void main(String[] args) throws Exception {
    Path file = Files.createTempDirectory("sleet-quickstart").resolve("notes.db");
    try (Database db = Sleet.sqlite(file)) {
      db.exec("""
          CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            author TEXT NOT NULL,
            title TEXT NOT NULL,
            stars INTEGER NOT NULL,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
          );
          CREATE INDEX notes_author ON notes (author);
          """);
      System.out.println("Created table notes in " + file);

      List<Note> notes = new ArrayList<>();
      for (int i = 1; i <= 500; i++) {
        notes.add(new Note(null, i % 3 == 0 ? "ada" : "linus", "note " + i, i % 7, null));
      }
      Meta inserted = db.insertInto(NOTES).values(notes).run();
      System.out.println("Inserted " + inserted.changes() + " notes atomically (D1 binds at most 100 values per "
          + "statement, so Sleet split the insert)");

      Note first = db.selectFrom(NOTES).where(NOTES.AUTHOR.eq("ada")).orderBy(NOTES.ID.asc()).first().orElseThrow();
      System.out.println("First note by ada: " + first.title() + ", written " + first.createdAt());

      for (Tuple3<String, Long, Integer> row : db.select(NOTES.AUTHOR, count(), sum(NOTES.STARS))
          .from(NOTES).groupBy(NOTES.AUTHOR).orderBy(NOTES.AUTHOR.asc()).all()) {
        System.out.println("  " + row.value1() + ": " + row.value2() + " notes, " + row.value3() + " stars");
      }

      db.batch(
          db.update(NOTES).set(NOTES.STARS, NOTES.STARS.plus(1)).where(NOTES.AUTHOR.eq("ada")),
          db.deleteFrom(NOTES).where(NOTES.STARS.eq(0)));
      long left = db.prepare("SELECT count(*) AS n FROM notes").first("n", Long.class).orElseThrow();
      System.out.println("After one batch (ada's stars + 1, zero-star notes deleted): " + left + " notes");

      try {
        db.exec("BEGIN");
      } catch (StatementRefusedException e) {
        System.out.println("D1 refuses BEGIN, and so does Sleet: use batch(...) instead");
      }
    }
  }
}
