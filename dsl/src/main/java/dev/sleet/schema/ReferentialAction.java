package dev.sleet.schema;

/** What a foreign key does when the row it points to is deleted or its key updated. */
public enum ReferentialAction {
    /** Nothing at once; the statement fails if the reference is still broken when checked. */
    NO_ACTION,
    /** The delete or update fails while rows refer to it. */
    RESTRICT,
    /** Referring columns become NULL. */
    SET_NULL,
    /** Referring columns take their defaults. */
    SET_DEFAULT,
    /** Referring rows are deleted (or their keys updated) too. */
    CASCADE;

    /** The action as SQL: {@code SET NULL}, {@code CASCADE}. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
