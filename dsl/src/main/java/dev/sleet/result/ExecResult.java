package dev.sleet.result;

/**
 * What {@link Database#exec(String)} reports: how many statements ran and how long they took.
 *
 * @param count    the number of statements executed
 * @param duration milliseconds spent
 */
public record ExecResult(int count, double duration) {}
