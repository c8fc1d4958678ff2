package dev.sleet.codegen.processor;

/** A schema mistake found while reading a record, reported as a compile error at the element being read. */
final class InvalidSchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidSchemaException(String message) {
        super(message);
    }

    /** What to fix; never null, as every constructor takes it. */
    @Override
    public String getMessage() {
        return String.valueOf(super.getMessage());
    }
}
