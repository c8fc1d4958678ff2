package dev.sleet.bench.report;

import java.util.Locale;

/**
 * A measured value and its error (the half-width of JMH's 99.9% confidence interval; NaN when a run had too few
 * iterations to have one), with the arithmetic the report needs. Errors of independent measurements combine in
 * quadrature.
 *
 * @param value the estimate
 * @param error its error, in the same unit
 */
public record Estimate(double value, double error) {

    /** {@code 1 / this}: a throughput as a time per operation. */
    public Estimate inverse() {
        return new Estimate(1 / value, error / (value * value));
    }

    /** This times a constant, such as a unit conversion. */
    public Estimate times(double factor) {
        return new Estimate(value * factor, error * Math.abs(factor));
    }

    /** {@code this / base}. */
    public Estimate ratioTo(Estimate base) {
        double ratio = value / base.value;
        return new Estimate(ratio, Math.abs(ratio) * Math.hypot(error / value, base.error / base.value));
    }

    /** {@code this - other}. */
    public Estimate minus(Estimate other) {
        return new Estimate(value - other.value, Math.hypot(error, other.error));
    }

    /** Whether the whole interval is at or below {@code limit}. */
    public boolean surelyAtMost(double limit) {
        return value + (Double.isNaN(error) ? 0 : error) <= limit;
    }

    /** Whether the whole interval is above {@code limit}. */
    public boolean surelyAbove(double limit) {
        return value - (Double.isNaN(error) ? 0 : error) > limit;
    }

    /** {@code value ± error}, each with the given number of decimals and thousands separators. */
    public String format(int decimals) {
        String pattern = "%,." + decimals + "f";
        String v = String.format(Locale.ROOT, pattern, value);
        return Double.isNaN(error) ? v + " ± ?" : v + " ± " + String.format(Locale.ROOT, pattern, error);
    }

    /** {@code value ± error} with enough decimals for the value's size: 3 below 10, 1 below 1,000, else none. */
    public String format() {
        double size = Math.abs(value);
        return format(size < 10 ? 3 : size < 1_000 ? 1 : 0);
    }
}
