package app;

import dev.sleet.types.Converter;

/** Stores a {@link Handle} as its text. */
public final class HandleConverter implements Converter<Handle, String> {

  @Override
  public String toStored(Handle value) {
    return value.value();
  }

  @Override
  public Handle fromStored(String stored) {
    return new Handle(stored);
  }
}
