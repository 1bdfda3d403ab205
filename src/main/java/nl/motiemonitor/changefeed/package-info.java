/**
 * The change feed (issue 16): {@code GET /api/v1/wijzigingen?na=<cursor>} lists every change the public can see of a
 * motion, commitment, letter or body, in commit order, so that others can mirror the portal. The database collects
 * the changes whatever wrote them (V34, {@code public_changes}); this module reads them and links each one to the item
 * in the API and to its public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wijzigingen")
package nl.motiemonitor.changefeed;
