/**
 * Harvesters: fill the portal from what councils already publish (the Tweede Kamer's OData API, Notubiz, iBabs).
 * Each source is read page by page by a {@link nl.motiemonitor.harvest.SourceClient} into neutral records
 * ({@link nl.motiemonitor.harvest.HarvestedRecord}); the harvest stores them idempotently under their source and
 * source id, resumes from the cursor of the last page it stored, and never overwrites a clerk's later edit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oogsten")
package nl.motiemonitor.harvest;
