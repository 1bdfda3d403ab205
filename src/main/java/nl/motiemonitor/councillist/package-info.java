/**
 * The list of motions and commitments ("de lijst van moties en toezeggingen") that the clerk's office puts on every
 * council agenda, as a plain table ({@link nl.motiemonitor.councillist.CouncilListTable}) and written from it as CSV
 * for Dutch Excel, as an Excel sheet and as a tagged, accessible, print-ready PDF (PDF/UA). The module knows nothing
 * of motions or pages: the caller fills the table, these classes only lay it out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lijst voor de raad")
package nl.motiemonitor.councillist;
