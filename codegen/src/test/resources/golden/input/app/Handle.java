package app;

/** A public handle, such as {@code @ada}. */
public record Handle(String value) {}
