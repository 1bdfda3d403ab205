package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions end after 30 idle minutes, their cookie is out of scripts' reach, and there is no remember-me. */
@MotiemonitorTest
class SessionPolicyTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void idleSessionsTimeOutAfterThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void loginAskingToBeRememberedGetsOnlyAnHttpOnlySessionCookie() throws Exception {
        String username = "sessie-" + UUID.randomUUID().toString().substring(0, 8);
        StaffClient.createUser(jdbc, username, "Sessie", false, Map.of());
        jdbc.update("delete from login_attempts");
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(StaffClient.PASSWORD,
                StandardCharsets.UTF_8) + "&remember-me=on&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);

        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).noneMatch(cookie -> cookie.toLowerCase().startsWith("remember-me"));
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("SESSION=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .doesNotContain("Expires", "Max-Age"));
    }
}
