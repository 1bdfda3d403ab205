/**
 * Tables to download: one small model ({@link nl.motiemonitor.table.Table}: headings and rows of typed
 * {@link nl.motiemonitor.table.Cell}s: text, whole number, date, link) and its two files
 * ({@link nl.motiemonitor.table.TableFormat}): a CSV for Dutch Excel and an Excel sheet. The council's list and every
 * list, search and dashboard table of the portal are written by it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tabellen als CSV en Excel")
package nl.motiemonitor.table;
