/** Motions: what the council asked of the executive, clause by clause, how it voted, and where it stands. */
@org.springframework.modulith.ApplicationModule(displayName = "Moties")
package nl.motiemonitor.motion;
