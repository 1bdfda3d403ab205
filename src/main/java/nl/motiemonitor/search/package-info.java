/**
 * Full-text search over the published motions, commitments and letters of every body, in Dutch (see
 * docs/adr/0006-search.md). The index is kept by the database itself; this module only reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zoeken")
package nl.motiemonitor.search;
