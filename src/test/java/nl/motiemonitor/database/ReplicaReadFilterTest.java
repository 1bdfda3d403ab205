package nl.motiemonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests may read from the replica, and how a browser that wrote is sent to the primary for a while. */
class ReplicaReadFilterTest {

    private final ReplicaReadFilter filter = new ReplicaReadFilter(Duration.ofSeconds(20));

    @Test
    void publicPagesAndTheApiMayReadTheReplicaForTheRequestOnly() throws Exception {
        assertThat(mayReadReplica(new MockHttpServletRequest("GET", "/den-haag/moties/m12"))).isTrue();
        assertThat(mayReadReplica(new MockHttpServletRequest("HEAD", "/den-haag"))).isTrue();
        assertThat(mayReadReplica(new MockHttpServletRequest("GET", "/api/v1/moties"))).isTrue();
        assertThat(ReplicaReads.allowed()).isFalse();
    }

    @Test
    void staffPagesLoginsAndSubscriptionsReadThePrimary() throws Exception {
        for (String path : new String[] {"/beheer", "/beheer/den-haag/moties/3", "/login", "/abonnementen",
                "/volgen/bevestigen", "/afmelden"}) {
            assertThat(mayReadReplica(new MockHttpServletRequest("GET", path))).as(path).isFalse();
        }
        assertThat(mayReadReplica(new MockHttpServletRequest("GET", "/beheerders-blog"))).isTrue();
    }

    @Test
    void aPostReadsThePrimaryAndMarksTheBrowserForTheReadYourWritesTime() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/beheer/den-haag/moties/3/bewerken");
        post.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(mayReadReplica(post, response, () -> { })).isFalse();

        Cookie wrote = response.getCookie(ReplicaReadFilter.WROTE_COOKIE);
        assertThat(wrote).isNotNull();
        assertThat(wrote.getMaxAge()).isEqualTo(20);
        assertThat(wrote.isHttpOnly()).isTrue();
        assertThat(wrote.getSecure()).isTrue();
        assertThat(wrote.getPath()).isEqualTo("/");
        MockHttpServletRequest nextPage = new MockHttpServletRequest("GET", "/den-haag/moties/m12");
        nextPage.setCookies(wrote);
        assertThat(mayReadReplica(nextPage)).isFalse();
    }

    @Test
    void aRequestThatAsksForThePrimaryHalfwayReadsThePrimaryFromThere() throws Exception {
        assertThat(mayReadReplica(new MockHttpServletRequest("GET", "/den-haag"), new MockHttpServletResponse(),
                ReplicaReads::primaryOnly)).isFalse();
    }

    private boolean mayReadReplica(MockHttpServletRequest request) throws Exception {
        return mayReadReplica(request, new MockHttpServletResponse(), () -> { });
    }

    /** Whether reads may go to the replica at the end of handling the request, after {@code handling}. */
    private boolean mayReadReplica(MockHttpServletRequest request, MockHttpServletResponse response,
            Runnable handling) throws Exception {
        AtomicBoolean allowed = new AtomicBoolean();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                handling.run();
                allowed.set(ReplicaReads.allowed());
            }
        }));
        return allowed.get();
    }
}
