/**
 * Open data: the read-only JSON API under {@code /api/v1} (bodies, motions, commitments, letters and the dashboards'
 * figures, published items only), its OpenAPI 3.1 description at {@code /api/v1/openapi.json}, generated from these
 * controllers by springdoc, and the page that documents both ({@code /open-data}). The shape follows the Open
 * Raadsinformatie / Popolo vocabulary where one exists (docs/adr/0017-open-data-api.md). It composes the public read
 * models of the other modules and adds nothing of its own to the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data (API)")
package nl.motiemonitor.api;
