package nl.motiemonitor.web;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The parts of the accessibility statement ({@code /toegankelijkheid}) that belong to the deployment: who publishes
 * the portal, at which address, where to report a barrier, and when the statement was made. The portal's own
 * defaults describe this code base as its own checks left it.
 */
@ConfigurationProperties("motiemonitor.accessibility")
record AccessibilityProperties(@DefaultValue("Motiemonitor") String organisation,
        @DefaultValue("http://localhost:8080") String website,
        @DefaultValue("toegankelijkheid@motiemonitor.nl") String contactEmail,
        @DefaultValue("2026-12-05") LocalDate date) {
}
