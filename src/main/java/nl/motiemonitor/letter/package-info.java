/**
 * Letters of the executive to the council and the motions and commitments each answers: claiming their discharge
 * or reporting progress. Items are referred to by id, so this module does not depend on theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Brieven")
package nl.motiemonitor.letter;
