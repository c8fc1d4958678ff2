package dev.sleet.types;

/**
 * A user-defined mapping between an application type and a type Sleet already stores.
 *
 * <pre>{@code
 * record Email(String value) {}
 * SqlType<Email> EMAIL = SqlTypes.STRING.map(Converter.of(Email::value, Email::new));
 * }</pre>
 *
 * @param <T> the application type
 * @param <S> the stored type, one with a {@link SqlType} of its own
 */
public interface Converter<T, S> {

    /** Turns an application value (never null) into the stored value. */
    S toStored(T value);

    /** Turns a stored value (never null) back into the application value. */
    T fromStored(S stored);

    /** A converter from two functions. */
    static <T, S> Converter<T, S> of(
            java.util.function.Function<? super T, ? extends S> toStored,
            java.util.function.Function<? super S, ? extends T> fromStored) {
        return new Converter<>() {
            @Override
            public S toStored(T value) {
                return toStored.apply(value);
            }

            @Override
            public T fromStored(S stored) {
                return fromStored.apply(stored);
            }
        };
    }
}
