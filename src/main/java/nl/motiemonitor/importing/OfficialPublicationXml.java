package nl.motiemonitor.importing;

import java.io.StringReader;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The printed text of an officiële publicatie in XML (Kamerstukken, Handelingen, Gemeenteblad from
 * officielebekendmakingen.nl): every block element ({@code <al>}, {@code <titel>}, a list item with its
 * {@code <li.nr>}, …) becomes a line, blocks are separated by blank lines, and the metadata is left out, so the reader
 * sees the document as it is printed. Text before the XML (a source line) is kept; XML of any other kind is left as it
 * is. A cut-off or broken file gives the text up to the break.
 */
final class OfficialPublicationXml {

    /** Root elements of the publication schemas. */
    private static final Set<String> ROOTS = Set.of("officiele-publicatie", "kamerstuk", "handelingen", "gemeenteblad",
            "provinciaalblad", "waterschapsblad", "staatscourant", "bladgemeenschappelijkeregeling");
    /** Elements whose text is one printed line or paragraph. */
    private static final Set<String> BLOCKS = Set.of("al", "titel", "tekstregel", "dossiernr", "stuknr", "datumtekst",
            "kop", "tussenkop", "li", "ondertekening", "naam", "functie", "wie", "plaats", "dagtekening", "opschrift");
    /** Elements whose text is not printed. */
    private static final Set<String> SKIPPED = Set.of("metadata", "meta", "meta-data", "li.nr-placeholder");

    private static final int LOOK_AHEAD = 2_000;

    private OfficialPublicationXml() {
    }

    /** Whether the text holds, near its start, XML of an officiële publicatie. */
    static boolean isPublication(String text) {
        int declaration = xmlStart(text);
        if (declaration < 0) {
            return false;
        }
        String head = text.substring(declaration, Math.min(text.length(), declaration + LOOK_AHEAD));
        for (String root : ROOTS) {
            if (head.contains("<" + root + ">") || head.contains("<" + root + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The printed text, or the text unchanged when it is no officiële publicatie. */
    static String toText(String text) {
        if (!isPublication(text)) {
            return text;
        }
        int start = xmlStart(text);
        StringBuilder out = new StringBuilder(text.length() / 3);
        out.append(text, 0, start);
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new StringReader(text.substring(start)));
            int skipping = 0;
            boolean afterListNumber = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (skipping > 0 || SKIPPED.contains(name)) {
                        skipping++;
                    } else if (BLOCKS.contains(name) && !afterListNumber) {
                        paragraph(out);
                    }
                    afterListNumber = false;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipping > 0) {
                        skipping--;
                    } else if ("li.nr".equals(xml.getLocalName())) {
                        out.append(' ');
                        afterListNumber = true;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipping == 0) {
                    appendCollapsed(out, xml.getText());
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // a broken or cut-off file: what was read so far is the text
        }
        return out.toString().strip() + "\n";
    }

    private static int xmlStart(String text) {
        int at = text.indexOf('<');
        if (at < 0 || at > LOOK_AHEAD) {
            return -1;
        }
        return at;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Ends the current block with a blank line, unless nothing was written since the last one. */
    private static void paragraph(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len == 0 || out.charAt(len - 1) != '\n') {
            out.append("\n\n");
        } else if (len < 2 || out.charAt(len - 2) != '\n') {
            out.append('\n');
        }
    }

    /** Appends text with its runs of white space (the XML's indentation) as one space. */
    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int len = out.length();
                if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }
}
