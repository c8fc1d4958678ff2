package dev.sleet.migrations;

import dev.sleet.errors.D1Exception;

/**
 * A migration file failed: the message names the file and the statement; the database is as it was before that
 * file (earlier files of the same run stay applied).
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /** Creates the exception for a file whose statement failed. */
    public MigrationException(String file, String message, D1Exception cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that failed. */
    public String file() {
        return file;
    }
}
