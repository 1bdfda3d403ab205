/**
 * The list of motions and commitments ("de lijst van moties en toezeggingen") that the clerk's office puts on every
 * council agenda: read in one query ({@link nl.motiemonitor.councillist.CouncilLists}: open, late, awaiting and
 * recently done items, a motion tracked per request as one line per request), grouped, marked since the previous
 * list; laid out as a plain table ({@link nl.motiemonitor.councillist.CouncilListTable}) written as a tagged,
 * accessible, print-ready PDF (PDF/UA), and as CSV for Dutch Excel and an Excel sheet by the table module's writers;
 * and the council's decision on its
 * proposed discharges, recorded in one go ({@link nl.motiemonitor.councillist.CouncilDecisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lijst voor de raad")
package nl.motiemonitor.councillist;
