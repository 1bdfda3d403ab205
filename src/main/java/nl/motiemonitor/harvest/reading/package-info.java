/**
 * How the harvesters read what Notubiz and iBabs write in their fields: outcome and status words, dates, lists of
 * sponsors, a vote written out as text, and a source's parameters. Shared by the source clients of this module and
 * internal to it.
 */
package nl.motiemonitor.harvest.reading;
