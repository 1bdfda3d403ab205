/**
 * Motions: what the council asked of the executive, clause by clause, how it voted, and where it stands. Other
 * modules that read the parties of a motion's sponsors do so through the view {@code motion_parties} (V24), which
 * this module owns, not by joining its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moties")
package nl.motiemonitor.motion;
