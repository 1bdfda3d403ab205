package nl.motiemonitor.harvest.ibabs;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.SourceHttp;

/**
 * The three questions the harvest asks iBabs's public SOAP service ({@code Public.svc}, namespace
 * {@code http://tempuri.org/}): the entries of a list changed since a date ({@code GetListsEntriesByFilterRequest}),
 * one entry's values and documents ({@code GetListEntry}), and how each member voted on it
 * ({@code GetListEntryVotesByListEntryId}, which takes {@code EntryId}). iBabs answers a refusal with HTTP 200 and
 * {@code Status} ERR; that is an {@link IbabsRefusal} with iBabs's message.
 */
final class IbabsSoap {

    private static final String ACTION = "http://tempuri.org/IPublic/";
    private static final String XML = "text/xml; charset=utf-8";
    private static final String REQUEST_NS = "http://schemas.datacontract.org/2004/07/iBabsWCFObjects.Public.Request";
    private static final String BASE_NS = "http://schemas.datacontract.org/2004/07/iBabsWCFObjects.Base";

    /** An entry of a list: its id, title and when it last changed (null when iBabs does not say). */
    record Entry(String id, String title, String listName, LocalDateTime changed) {
    }

    /** An entry's fields ("Onderwerp", "Status", "Indiener(s)", …) in iBabs's order, and its documents' URLs. */
    record Detail(Map<String, String> values, List<String> documentUrls) {
    }

    /** One member's vote: their party group, and whether they voted for. */
    record MemberVote(String group, boolean inFavour) {
    }

    private final SourceHttp http;
    private final URI endpoint;

    IbabsSoap(SourceHttp http, URI endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    List<Entry> entries(String site, String list, LocalDate since) throws IOException, InterruptedException {
        Element result = call("GetListsEntriesByFilterRequest",
                "<filterRequest xmlns:r=\"" + REQUEST_NS + "\" xmlns:b=\"" + BASE_NS + "\">"
                        + "<b:Sitename>" + escape(site) + "</b:Sitename><r:ListId>" + escape(list) + "</r:ListId>"
                        + "<r:SinceDate>" + since + "T00:00:00</r:SinceDate></filterRequest>");
        List<Entry> entries = new ArrayList<>();
        for (Element entry : children(child(result, "Entries"), "iBabsListEntryBase")) {
            String id = text(entry, "EntryId");
            if (id != null) {
                entries.add(new Entry(id, text(entry, "EntryTitle"), text(entry, "ListName"),
                        dateTime(text(entry, "MutationDate"))));
            }
        }
        return entries;
    }

    Detail entry(String site, String list, String entryId) throws IOException, InterruptedException {
        Element result = call("GetListEntry", parameters("Sitename", site, "ListId", list, "EntryId", entryId));
        Map<String, String> values = new LinkedHashMap<>();
        for (Element pair : children(child(result, "Values"), "KeyValueOfstringstring")) {
            String key = text(pair, "Key");
            String value = text(pair, "Value");
            if (key != null && value != null) {
                values.putIfAbsent(key, value);
            }
        }
        List<String> documents = new ArrayList<>();
        for (Element document : children(child(result, "Documents"), "iBabsDocument")) {
            String url = text(document, "PublicDownloadURL");
            if (url != null && !"true".equalsIgnoreCase(text(document, "Confidential"))) {
                documents.add(url);
            }
        }
        return new Detail(values, documents);
    }

    List<MemberVote> votes(String site, String entryId) throws IOException, InterruptedException {
        Element result = call("GetListEntryVotesByListEntryId", parameters("Sitename", site, "EntryId", entryId));
        List<MemberVote> votes = new ArrayList<>();
        for (Element vote : children(child(result, "ListEntryVotes"), "iBabsListEntryVote")) {
            String inFavour = text(vote, "Vote");
            if (inFavour != null) {
                votes.add(new MemberVote(text(vote, "GroupName"), Boolean.parseBoolean(inFavour)));
            }
        }
        return votes;
    }

    /** The {@code <operation>Result} element of iBabs's answer, once its status is not ERR. */
    private Element call(String operation, String parameters) throws IOException, InterruptedException {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<" + operation + " xmlns=\"http://tempuri.org/\">" + parameters + "</" + operation + ">"
                + "</s:Body></s:Envelope>";
        String answer = http.post(endpoint, XML, Map.of("SOAPAction", "\"" + ACTION + operation + "\""), envelope);
        Element result = child(child(child(parse(answer), "Body"), operation + "Response"), operation + "Result");
        if (result == null) {
            throw new HarvestSourceException("iBabs gaf op " + operation + " geen " + operation + "Result.");
        }
        if ("ERR".equalsIgnoreCase(text(result, "Status"))) {
            String message = text(result, "Message");
            throw new IbabsRefusal("iBabs weigerde " + operation + ": "
                    + (message == null ? "status ERR zonder melding." : message));
        }
        return result;
    }

    private static String parameters(String... namesAndValues) {
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.append('<').append(namesAndValues[i]).append('>').append(escape(namesAndValues[i + 1]))
                    .append("</").append(namesAndValues[i]).append('>');
        }
        return xml.toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The answer as a DOM, read without DTDs or external entities (the answer comes from outside). */
    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            throw new HarvestSourceException("Het antwoord van iBabs is geen leesbare XML.", unreadable);
        }
    }

    private static Element child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst().orElse(null);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    /** The text of a child element; null when it is missing or empty. */
    private static String text(Element parent, String localName) {
        Element child = child(parent, localName);
        String text = child == null ? null : child.getTextContent().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static LocalDateTime dateTime(String text) {
        try {
            return text == null ? null : LocalDateTime.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
