package dev.sleet.errors;

/** The bound values do not fit the statement: the wrong number of them, or a value of a type that cannot be bound ({@code D1_TYPE_ERROR}). */
public class BindingException extends D1Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link D1Exception#D1Exception}. */
  public BindingException(String d1Message, String sql, Throwable cause) {
    super(d1Message, sql, cause);
  }
}
