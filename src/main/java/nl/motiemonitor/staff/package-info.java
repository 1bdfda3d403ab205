/**
 * The staff area ({@code /beheer}): clerks register and edit their bodies' motions, commitments and letters and
 * record status changes; members read their bodies' drafts. Every request is checked against the user's bodies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beheer")
package nl.motiemonitor.staff;
