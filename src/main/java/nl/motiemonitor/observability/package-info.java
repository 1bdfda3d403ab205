/**
 * What operators see of the running portal besides its pages: a request id on every log line and response, and the
 * audit log of staff actions (logger {@code motiemonitor.audit}). Metrics and probes are Spring Boot's actuator on
 * the management port (docs/operations.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observability")
package nl.motiemonitor.observability;
