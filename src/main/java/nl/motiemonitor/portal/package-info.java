/**
 * The public pages: they compose bodies, motions, commitments and letters into what a reader sees. Pages live here
 * rather than in the feature modules because a motion's page shows its letters and a letter's page its motions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portaal")
package nl.motiemonitor.portal;
