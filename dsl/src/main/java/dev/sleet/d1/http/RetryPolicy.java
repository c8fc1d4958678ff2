package dev.sleet.d1.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a request to D1 is sent again, and how long to wait first.
 *
 * <p>A request is sent again only when that cannot apply a write twice: after HTTP 429 (D1 refused it), after a
 * failed connection (nothing was sent), and, when every statement only reads ({@link ReadOnly}), after a 5xx
 * answer, a lost connection or a timeout; and at most {@code maxRetries} times. Before each retry it waits what
 * {@code retry-after} asks, else 200 ms doubling on each retry up to 5 s; never more than a minute.
 *
 * <p>Attempts count from 0: attempt {@code n} is the request sent after {@code n} retries.
 */
final class RetryPolicy {

    private static final long MAX_PAUSE_MILLIS = 60_000;
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final long FIRST_BACKOFF_MILLIS = 200;

    private final int maxRetries;
    private final Clock clock;

    /**
     * A policy.
     *
     * @param maxRetries how many times one request may be sent again
     * @param clock      the time an HTTP-date {@code retry-after} is measured from
     */
    RetryPolicy(int maxRetries, Clock clock) {
        this.maxRetries = maxRetries;
        this.clock = clock;
    }

    /** After a connection that could not be made: nothing was sent, so nothing can be applied twice. */
    boolean retriesUnconnected(int attempt) {
        return attempt < maxRetries;
    }

    /** After a request was sent and its answer lost (a timeout, a dropped connection): only reads may run twice. */
    boolean retriesUnanswered(int attempt, boolean readOnly) {
        return readOnly && attempt < maxRetries;
    }

    /** After an answer with this HTTP status: 429 always, since D1 ran nothing; 5xx only for reads. */
    boolean retriesStatus(int status, int attempt, boolean readOnly) {
        return attempt < maxRetries && (status == 429 || (status >= 500 && readOnly));
    }

    /**
     * How long to wait before sending again after this attempt.
     *
     * @param retryAfter the answer's {@code retry-after} header, if it had one
     */
    long pauseMillis(int attempt, Optional<String> retryAfter) {
        long millis = retryAfter.map(this::retryAfterMillis).orElse(-1L);
        if (millis < 0) {
            millis = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(attempt, 5));
        }
        return Math.min(MAX_PAUSE_MILLIS, millis);
    }

    /** A {@code retry-after} value (seconds, or an HTTP date) in milliseconds from now; -1 when it is neither. */
    private long retryAfterMillis(String value) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Long.parseLong(text) * 1000;
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(
                    0, Duration.between(clock.instant(), when.toInstant()).toMillis());
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
