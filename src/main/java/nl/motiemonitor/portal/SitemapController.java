package nl.motiemonitor.portal;

import java.util.List;

import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines and archives may read (issue 16): {@code /robots.txt} keeps them out of the staff area and the
 * expensive pages and names the sitemap; {@code /sitemap.xml} is a sitemap index with one sitemap per body
 * ({@code ?orgaan=den-haag}, in pages of {@value #PAGE_SIZE} addresses, {@code &pagina=2}) holding the body's pages and
 * its published motions, commitments and letters, nothing else. Addresses are absolute, built from the request (behind
 * a proxy: its forwarded host, {@code server.forward-headers-strategy}).
 */
@Controller
@Transactional(readOnly = true)
class SitemapController {

    /** Well under the protocol's 50,000 addresses per sitemap. */
    static final int PAGE_SIZE = 40_000;

    /** The body's own pages, on the first page of its sitemap. */
    private static final List<String> OWN_PAGES = List.of("", "/lijst", "/overzicht");
    private static final int BODY_PAGES = OWN_PAGES.size();

    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    /** The published items of a body, as (kind, url key) in a stable order; a letter's key is its id. */
    private static final String ITEMS = """
            select kind, key from (
                select 1 as kind, m.id as id, m.url_key as key from motions m where m.body_id = :body and m.published
                union all
                select 2, c.id, c.url_key from commitments c where c.body_id = :body and c.published
                union all
                select 3, l.id, l.id::text from letters l where l.body_id = :body and l.published) items
            order by kind, id
            limit :limit offset :offset""";

    private final JdbcClient jdbc;

    SitemapController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok("""
                User-agent: *
                Disallow: /beheer
                Disallow: /login
                Disallow: /volgen
                Disallow: /abonnementen
                Disallow: /afmelden
                Disallow: /zoeken
                Disallow: /*/zoeken
                Disallow: /*/origineel

                Sitemap: %s/sitemap.xml
                """.formatted(base()));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(@RequestParam(name = "orgaan", required = false) String slug,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") String pageParam) {
        return ResponseEntity.ok().contentType(XML).body(slug == null ? index() : bodySitemap(slug, page(pageParam)));
    }

    private String index() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        jdbc.sql("""
                select b.slug, (select count(*) from motions m where m.body_id = b.id and m.published)
                               + (select count(*) from commitments c where c.body_id = b.id and c.published)
                               + (select count(*) from letters l where l.body_id = b.id and l.published) as items
                from bodies b order by b.slug""")
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getLong(2)}).list().forEach(body -> {
                    long pages = Math.max(1, ((long) body[1] + BODY_PAGES + PAGE_SIZE - 1) / PAGE_SIZE);
                    for (long page = 1; page <= pages; page++) {
                        xml.append("  <sitemap><loc>").append(escape(base() + "/sitemap.xml?orgaan=" + body[0]
                                + (page > 1 ? "&pagina=" + page : ""))).append("</loc></sitemap>\n");
                    }
                });
        return xml.append("</sitemapindex>\n").toString();
    }

    private String bodySitemap(String slug, int page) {
        Long body = jdbc.sql("select id from bodies where slug = :slug").param("slug", slug).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("sitemap " + slug));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int offset = (page - 1) * PAGE_SIZE - (page > 1 ? BODY_PAGES : 0);
        int limit = page == 1 ? PAGE_SIZE - BODY_PAGES : PAGE_SIZE;
        if (page == 1) {
            OWN_PAGES.forEach(path -> url(xml, PublicPaths.body(slug) + path));
        }
        jdbc.sql(ITEMS).param("body", body).param("limit", limit).param("offset", offset)
                .query((rs, row) -> switch (rs.getInt(1)) {
                    case 1 -> PublicPaths.motion(slug, rs.getString(2));
                    case 2 -> PublicPaths.commitment(slug, rs.getString(2));
                    default -> PublicPaths.letter(slug, Long.parseLong(rs.getString(2)));
                }).list().forEach(path -> url(xml, path));
        return xml.append("</urlset>\n").toString();
    }

    private void url(StringBuilder xml, String path) {
        xml.append("  <url><loc>").append(escape(base() + path)).append("</loc></url>\n");
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value);
            if (page >= 1 && page <= 10_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // not a page: as any other unknown address
        }
        throw new NotFoundException("sitemap pagina " + value);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
