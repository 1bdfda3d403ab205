package nl.motiemonitor.web;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overall health on the public port, where it always was, now that the actuator has a port of its own
 * (management.server.port): {@code {"status":"UP"}} with 200, anything else with 503, never details. The probes are
 * here too, as /livez and /readyz (management.endpoint.health.probes.add-additional-paths).
 */
@RestController
class PublicHealth {

    private final ObjectProvider<HealthEndpoint> health;

    PublicHealth(ObjectProvider<HealthEndpoint> health) {
        this.health = health;
    }

    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        HealthEndpoint endpoint = health.getIfAvailable();
        Status status = endpoint == null ? Status.UNKNOWN : endpoint.health().getStatus();
        return ResponseEntity.status(Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", status.getCode()));
    }
}
