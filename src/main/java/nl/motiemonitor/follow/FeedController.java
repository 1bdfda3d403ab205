package nl.motiemonitor.follow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.web.Languages;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Atom feeds (ROME) of what happened to a motion, a commitment, a body, a party's motions or a search: the newest
 * {@link Events#FEED_SIZE} events, each entry with a stable id ({@code tag:} URI of the event) and its time as
 * {@code updated}; the feed's {@code updated} is its newest entry's. Answers 304 when nothing changed since.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final String TAG = "tag:motiemonitor.nl,2026:";

    private final Targets targets;
    private final Events events;
    private final FollowProperties properties;
    private final MessageSource messages;

    FeedController(Targets targets, Events events, FollowProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
        this.targets = targets;
        this.events = events;
    }

    @GetMapping("/feed")
    ResponseEntity<String> all(WebRequest web, HttpServletRequest request) {
        return feed(Optional.of(targets.all()), web, request);
    }

    @GetMapping("/{body:[a-z0-9-]+}/moties/{number}/feed")
    ResponseEntity<String> motion(@PathVariable("body") String slug, @PathVariable("number") String number,
            WebRequest web, HttpServletRequest request) {
        return feed(targets.motion(slug, number.toLowerCase(java.util.Locale.ROOT)), web, request);
    }

    @GetMapping("/{body:[a-z0-9-]+}/toezeggingen/{number}/feed")
    ResponseEntity<String> commitment(@PathVariable("body") String slug, @PathVariable("number") String number,
            WebRequest web, HttpServletRequest request) {
        return feed(targets.commitment(slug, number.toLowerCase(java.util.Locale.ROOT)), web, request);
    }

    @GetMapping("/{body:[a-z0-9-]+}/feed")
    ResponseEntity<String> body(@PathVariable("body") String slug, WebRequest web, HttpServletRequest request) {
        return feed(targets.body(slug), web, request);
    }

    /** The party is a parameter, not a path segment: names like "GroenLinks/PvdA" hold a slash. */
    @GetMapping("/{body:[a-z0-9-]+}/fracties/feed")
    ResponseEntity<String> party(@PathVariable("body") String slug,
            @RequestParam(name = "fractie", required = false) String party,
            WebRequest web, HttpServletRequest request) {
        return feed(targets.party(slug, party), web, request);
    }

    @GetMapping("/zoeken/feed")
    ResponseEntity<String> search(WebRequest web, HttpServletRequest request) {
        return feed(targets.search(null, request.getQueryString()), web, request);
    }

    @GetMapping("/{body:[a-z0-9-]+}/zoeken/feed")
    ResponseEntity<String> bodySearch(@PathVariable("body") String slug, WebRequest web, HttpServletRequest request) {
        return feed(targets.search(slug, request.getQueryString()), web, request);
    }

    private ResponseEntity<String> feed(Optional<FollowTarget> found, WebRequest web, HttpServletRequest request) {
        FollowTarget target = found.orElseThrow(() -> new NotFoundException("feed"));
        Locale locale = language(request);
        List<ItemEvent> latest = events.latest(target);
        String etag = "\"" + (latest.isEmpty() ? 0 : latest.get(0).id()) + "-" + latest.size() + "\"";
        // an empty feed is as new as the request: Atom requires an updated time
        long updated = latest.isEmpty() ? System.currentTimeMillis() : latest.get(0).occurredAt().toEpochMilli();
        if (latest.isEmpty() ? web.checkNotModified(etag) : web.checkNotModified(etag, updated)) {
            return null;
        }
        // every absolute link from the configured public address, never from the request's Host header: the feed is
        // cached publicly, and a forged Host would otherwise reach every reader through a proxy's cache
        String base = properties.baseUrl();
        String self = base + request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage(Phrase.of("follow.feed.title", target.title()), locale));
        feed.setUri(TAG + "feed:" + request.getRequestURI() + switch (target.target()) {
            case SEARCH -> "?" + target.search();
            case PARTY -> "?fractie=" + URLEncoder.encode(target.party(), StandardCharsets.UTF_8);
            default -> "";
        });
        feed.setLink(base + target.path());
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", base + target.path(),
                "text/html")));
        feed.setDescription(messages.getMessage(Phrase.of("follow.feed.description", target.title()), locale));
        feed.setLanguage(Languages.code(locale));
        feed.setPublishedDate(new Date(updated));
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName("Motiemonitor");
        feed.setAuthors(List.of(author));
        List<SyndEntry> entries = new ArrayList<>();
        for (ItemEvent event : latest) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(TAG + "event:" + event.id());
            entry.setTitle(event.title(messages, locale));
            entry.setLink(base + event.itemPath());
            entry.setUpdatedDate(Date.from(event.occurredAt()));
            entry.setPublishedDate(Date.from(event.occurredAt()));
            SyndPersonImpl by = new SyndPersonImpl();
            by.setName(event.bodyName());
            entry.setAuthors(List.of(by));
            SyndContentImpl content = new SyndContentImpl();
            content.setType("text");
            content.setValue(event.summary(messages, locale));
            entry.setDescription(content);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return ResponseEntity.ok().contentType(ATOM).eTag(etag).lastModified(latest.isEmpty() ? -1 : updated)
                    .header("Cache-Control", "public, max-age=60")
                    .body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    /**
     * A feed's language is in its address alone: English for {@code ?lang=en}, else Dutch, never the visitor's cookie.
     * Feeds are kept by proxies for a minute ({@code public, max-age=60}), so one address must always say the same
     * (ADR 0014); a page in English links its feed with {@code ?lang=en}.
     */
    static Locale language(HttpServletRequest request) {
        String lang = request.getParameter(Languages.PARAMETER);
        return lang == null ? Languages.DUTCH : Languages.supported(Locale.forLanguageTag(lang));
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
