package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the {@link FakeD1Server}'s API token leaked into no failure. */
final class NoToken {

    private NoToken() {}

    /** Fails when the token appears in the message or text of the failure or of any of its causes. */
    static void in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(FakeD1Server.TOKEN);
            assertThat(t.toString()).doesNotContain(FakeD1Server.TOKEN);
        }
    }
}
