package app;

/** A product tier, stored by name. */
public enum Tier {
  FREE,
  PRO
}
