package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import testing.FailingController;

/** Whatever fails inside, the reader gets a Dutch page and never a stack trace. */
@MotiemonitorTest
@Import(FailingController.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void unexpectedFailureShowsADutchErrorPageWithoutDetails() {
        HttpResponse<String> response = new PortalClient(port).get("/test/kapot");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<html lang=\"nl\"", "Er ging iets mis", "Naar de startpagina")
                .doesNotContain("geheime details", "IllegalStateException", "at nl.motiemonitor", "Whitelabel");
    }
}
