package dev.sleet.samples;

import dev.sleet.codegen.ddl.DdlWriter;
import dev.sleet.codegen.descriptor.SchemaDescriptor;
import dev.sleet.codegen.model.SchemaModel;
import dev.sleet.codegen.model.TableModel;
import dev.sleet.d1.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Creates the tables the processor described in this module's schema descriptor. */
final class SchemaFromDescriptor {

  private SchemaFromDescriptor() {}

  static SchemaModel read() throws IOException {
    try (InputStream in = SchemaFromDescriptor.class.getClassLoader().getResourceAsStream(SchemaDescriptor.PATH)) {
      if (in == null) {
        throw new IllegalStateException(SchemaDescriptor.PATH + " is not on the class path: did the processor run?");
      }
      return SchemaDescriptor.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static Database create(Database db) throws IOException {
    for (TableModel table : read().tables()) {
      for (String statement : DdlWriter.create(table)) {
        db.prepare(statement).run();
      }
    }
    return db;
  }
}
