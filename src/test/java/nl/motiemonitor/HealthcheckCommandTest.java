package nl.motiemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The container's health check as Docker runs it: {@code java … motiemonitor.jar healthcheck}, a JVM of its own that
 * asks the portal at {@code localhost:$SERVER_PORT} whether it is ready.
 */
@MotiemonitorTest
class HealthcheckCommandTest {

    @LocalServerPort
    int port;

    @Test
    void healthyWhileThePortalIsReady() throws Exception {
        Run run = healthcheck(port);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("localhost:" + port + "/readyz answered 200");
    }

    @Test
    void unhealthyWhenNothingAnswers() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Run run = healthcheck(closed);

        assertThat(run.exit()).as(run.output()).isOne();
        assertThat(run.output()).contains("localhost:" + closed + "/readyz did not answer");
    }

    private record Run(int exit, String output) {
    }

    /** Through the application's main method, as in the image, with the test's class path. */
    private static Run healthcheck(int serverPort) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MotiemonitorApplication.class.getName(), HealthcheckCommand.NAME).redirectErrorStream(true);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("SERVER_PORT", String.valueOf(serverPort));
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
        return new Run(process.exitValue(), output);
    }
}
