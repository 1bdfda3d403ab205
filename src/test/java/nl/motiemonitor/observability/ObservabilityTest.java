package nl.motiemonitor.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operators get: one audit line per staff action with who, what, which body and item, from where, the outcome
 * and the request id; metrics for Prometheus only on the management port; the probes.
 */
@MotiemonitorTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskScheduler scheduler;

    @Test
    void aStaffEditWritesOneAuditLineWithUserBodyItemOutcomeAndRequestId(CapturedOutput output) {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/brieven/nieuw");
        String reference = "AUDIT/" + UUID.randomUUID();
        StaffClient.Response created = clerk.post("/beheer/den-haag/brieven/nieuw",
                Map.of("sentOn", "2026-02-01", "subject", "Onderwerp", "reference", reference));
        String letter = created.location().replaceAll(".*/", "");
        String edit = "/beheer/den-haag/brieven/" + letter + "/bewerken";
        HtmlForm form = HtmlForm.of(clerk.get(edit).body(), edit);

        StaffClient.Response saved = clerk.post(edit, form.with("subject", "Nieuw onderwerp").fields());

        String requestId = saved.header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        List<String> lines = auditLines(output, requestId);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("motiemonitor.audit", "user=" + clerk.username(), "method=POST",
                "route=/beheer/{body}/brieven/{id}/bewerken", "body=den-haag", "item=" + letter,
                "client=" + clerk.address(), "status=302", "[" + requestId + "]")
                .doesNotContain("Nieuw onderwerp");
        assertThat(auditLines(output, created.header("X-Request-Id"))).singleElement().asString()
                .contains("route=/beheer/{body}/brieven/nieuw", "redirect=/beheer/den-haag/brieven/" + letter);
    }

    @Test
    void inStructuredLogsTheAuditLineIsOneJsonObjectWithItsFieldsAndTheRequestId() throws Exception {
        // the encoder Spring Boot puts on the console for LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs, here on the audit
        // logger only, so the rest of the test run keeps its plain text
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logging);
        encoder.setFormat("ecs");
        encoder.start();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> json = new OutputStreamAppender<>();
        json.setContext(logging);
        json.setEncoder(encoder);
        json.setOutputStream(written);
        json.start();
        Logger audit = logging.getLogger("motiemonitor.audit");
        audit.addAppender(json);
        StaffClient.Response created;
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/brieven/nieuw");
        try {
            created = clerk.post("/beheer/den-haag/brieven/nieuw", Map.of("sentOn", "2026-02-01",
                    "subject", "Geheim onderwerp", "reference", "JSON/" + UUID.randomUUID()));
        } finally {
            audit.detachAppender(json);
            json.stop();
        }

        String requestId = created.header("X-Request-Id");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : written.toString(StandardCharsets.UTF_8).split("\\R")) {
            JsonNode node = JsonMapper.shared().readTree(line);
            if (requestId.equals(node.path("requestId").asString())) {
                lines.add(node);
            }
        }
        assertThat(lines).as("one line, every line a JSON object").hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.path("log").path("logger").asString()).isEqualTo("motiemonitor.audit");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("@timestamp").asString()).isNotBlank();
        JsonNode fields = line.path("audit");
        assertThat(fields.path("user").asString()).isEqualTo(clerk.username());
        assertThat(fields.path("action").asString()).isEqualTo("change");
        assertThat(fields.path("method").asString()).isEqualTo("POST");
        assertThat(fields.path("route").asString()).isEqualTo("/beheer/{body}/brieven/nieuw");
        assertThat(fields.path("body").asString()).isEqualTo("den-haag");
        assertThat(fields.path("redirect").asString()).isEqualTo("/beheer/den-haag/brieven/"
                + created.location().replaceAll(".*/", ""));
        assertThat(fields.path("client").asString()).isEqualTo(clerk.address());
        assertThat(fields.path("status").asInt()).isEqualTo(302);
        assertThat(fields.path("durationMs").isNumber()).isTrue();
        assertThat(line.toString()).doesNotContain("Geheim onderwerp");
    }

    @Test
    void scheduledWorkThatMeetsADatabaseOutageWritesOneWarningLineAndOtherFailuresTheirStackTrace(
            CapturedOutput output) {
        String outage = "outage-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        scheduler.schedule(() -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException(outage));
        }, Instant.now());
        scheduler.schedule(() -> {
            throw new IllegalStateException(other);
        }, Instant.now());

        Instant deadline = Instant.now().plusSeconds(10);
        while (!output.getOut().contains(other) && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        List<String> outageLines = output.getOut().lines().filter(line -> line.contains(outage)).toList();
        assertThat(outageLines).singleElement().asString().contains("WARN",
                "Scheduled work in", "not done: the database cannot be reached");
        assertThat(output.getOut()).doesNotContain("SQLTransientConnectionException: " + outage);
        assertThat(output.getOut().lines().filter(line -> line.contains(other)).findFirst().orElseThrow())
                .contains("IllegalStateException");
        assertThat(output.getOut()).contains("Unexpected error occurred in scheduled task");
    }

    @Test
    void loginsAreAuditedWithTheirOutcomeButReadsAreNot(CapturedOutput output) {
        StaffClient visitor = StaffClient.fresh(port);
        visitor.get("/login");
        StaffClient.Response refused = visitor.login("niemand-" + UUID.randomUUID(), "fout wachtwoord");
        StaffClient.Response read = visitor.get("/beheer");

        assertThat(auditLines(output, refused.header("X-Request-Id"))).singleElement().asString()
                .contains("action=login refused", "user=niemand-", "client=" + visitor.address(), "status=302");
        assertThat(auditLines(output, read.header("X-Request-Id"))).isEmpty();
    }

    @Test
    void aSaneRequestIdIsTakenAndEchoedAnInsaneOneReplaced() {
        PortalClient portal = new PortalClient(port);

        assertThat(portal.get("/", "X-Request-Id", "proxy-1234.abc").headers().firstValue("X-Request-Id"))
                .hasValue("proxy-1234.abc");
        assertThat(portal.get("/", "X-Request-Id", "kwaad\"}{ ; rm").headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void prometheusMetricsAreOnTheManagementPortOnly() {
        HttpResponse<String> publicPort = new PortalClient(port).get("/actuator/prometheus", "text/plain");
        HttpResponse<String> management = new PortalClient(managementPort).get("/actuator/prometheus", "text/plain");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(publicPort.statusCode()).isIn(302, 403, 404);
        assertThat(publicPort.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(management.statusCode()).isEqualTo(200);
        assertThat(management.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(management.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections");
    }

    @Test
    void livenessAndReadinessAnswerOnBothPorts() {
        PortalClient management = new PortalClient(managementPort);
        PortalClient portal = new PortalClient(port);

        for (HttpResponse<String> probe : List.of(management.get("/actuator/health/liveness", "application/json"),
                management.get("/actuator/health/readiness", "application/json"),
                portal.get("/livez", "application/json"), portal.get("/readyz", "application/json"),
                portal.get("/actuator/health", "application/json"))) {
            assertThat(probe.statusCode()).as(probe.uri().toString()).isEqualTo(200);
            assertThat(probe.body()).as(probe.uri().toString()).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details");
        }
    }

    private static List<String> auditLines(CapturedOutput output, String requestId) {
        return output.getOut().lines()
                .filter(line -> line.contains("motiemonitor.audit") && line.contains(requestId)).toList();
    }
}
