/** Commitments (toezeggingen): promises of the executive, made in a meeting or a letter, often with a term. */
@org.springframework.modulith.ApplicationModule(displayName = "Toezeggingen")
package nl.motiemonitor.commitment;
