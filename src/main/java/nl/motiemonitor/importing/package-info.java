/**
 * Import: reads the text of a letter or motion (PDF or plain text) and recognises what it says — header fields,
 * the motions it is about with their clauses, whether it claims discharge and what it promises — each fact with the
 * span of the source it came from, for a clerk to review. Nothing here stores anything; the reader classes are plain
 * Java without Spring. {@code java -jar motiemonitor.jar read-document FILE...} runs it from the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import")
package nl.motiemonitor.importing;
