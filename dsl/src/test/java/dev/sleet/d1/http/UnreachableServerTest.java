package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server that refuses the connection has received nothing, so even a write is tried again, and the failure names
 * where the driver tried to connect.
 */
class UnreachableServerTest {

    @Test
    void aWriteIsTriedAgainWhenNothingWasSent() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/client/v4");
        D1HttpOptions options = D1HttpOptions.of(FakeD1Server.ACCOUNT, FakeD1Server.DATABASE, FakeD1Server.TOKEN)
                .withBaseUri(closed)
                .withMaxRetries(2);
        List<Long> pauses = new ArrayList<>();
        D1Exception e;
        try (Database db = new Database(new HttpDriver(options, pauses::add))) {
            e = catchThrowableOfType(
                    D1Exception.class, () -> db.prepare("DELETE FROM users").run());
        }
        assertThat(pauses).containsExactly(200L, 400L);
        assertThat(e)
                .isExactlyInstanceOf(D1Exception.class)
                .hasMessageStartingWith("D1_ERROR: could not connect to D1 at " + closed + " (ConnectException")
                .hasMessageContaining(", 3 attempts")
                .hasMessageNotContaining("may or may not")
                .hasCauseInstanceOf(ConnectException.class);
        NoToken.in(e);
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
