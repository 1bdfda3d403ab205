/**
 * Figures for the dashboards (overzicht) of one body and of all bodies: counts by status, what is late, what waits
 * for the council, what was discharged while more was promised, figures per quarter, per responsible and per party.
 * Everything is computed in PostgreSQL from the view {@code item_terms} (V8), for published items only, with "today"
 * as a parameter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Overzichten")
package nl.motiemonitor.dashboard;
