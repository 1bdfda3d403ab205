/**
 * A synthetic country for development and benchmarks: bodies with real names and CBS codes, parties and members,
 * motions with clauses, commitments, letters and status histories in Dutch, reproducible from a seed and loaded
 * with COPY. {@code java -jar motiemonitor.jar generate} runs it from the command line, without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generator")
package nl.motiemonitor.generator;
