package nl.motiemonitor.staff;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.harvest.HarvestSources;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSetup;
import nl.motiemonitor.letter.LetterDocuments;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff endpoint × every kind of user × an item of their body and one smuggled in from another body, and
 * the answer each must get. The endpoints come from the application's own request mappings: an endpoint without a
 * rule here fails the test, so the matrix stays complete as the staff area grows.
 */
@MotiemonitorTest
class AuthorizationMatrixTest {

    /** Who may use an endpoint. */
    enum Rule {
        /** Any logged-in user: their own start page, their own password. */
        ANY_STAFF,
        /** Administrators only. */
        ADMIN,
        /** Administrators, clerks and members of the body: lists with drafts. */
        READ_BODY,
        /** The same, for one item of the body; an item of another body does not exist here. */
        READ_ITEM,
        /** Administrators and clerks of the body: forms to create. */
        WRITE_BODY,
        /** The same, for one item of the body. */
        WRITE_ITEM
    }

    static final Map<String, Rule> RULES = Map.ofEntries(
            entry("GET /beheer", Rule.ANY_STAFF),
            entry("GET /beheer/wachtwoord", Rule.ANY_STAFF),
            entry("POST /beheer/wachtwoord", Rule.ANY_STAFF),
            entry("GET /beheer/gebruikers", Rule.ADMIN),
            entry("GET /beheer/gebruikers/nieuw", Rule.ADMIN),
            entry("POST /beheer/gebruikers", Rule.ADMIN),
            entry("GET /beheer/gebruikers/{id}", Rule.ADMIN),
            entry("POST /beheer/gebruikers/{id}/rollen", Rule.ADMIN),
            entry("POST /beheer/gebruikers/{id}/blokkeren", Rule.ADMIN),
            entry("POST /beheer/gebruikers/{id}/deblokkeren", Rule.ADMIN),
            entry("POST /beheer/gebruikers/{id}/wachtwoord", Rule.ADMIN),
            entry("GET /beheer/bestuursorganen", Rule.ADMIN),
            entry("POST /beheer/bestuursorganen", Rule.ADMIN),
            entry("GET /beheer/bestuursorganen/{id}", Rule.ADMIN),
            entry("POST /beheer/bestuursorganen/{id}", Rule.ADMIN),
            entry("GET /beheer/{body}/moties", Rule.READ_BODY),
            entry("GET /beheer/{body}/moties.{format:[a-z]+}", Rule.READ_BODY),
            entry("GET /beheer/{body}/toezeggingen.{format:[a-z]+}", Rule.READ_BODY),
            entry("GET /beheer/{body}/brieven.{format:[a-z]+}", Rule.READ_BODY),
            entry("GET /beheer/{body}/moties/nieuw", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/moties/nieuw", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/moties/{id}", Rule.READ_ITEM),
            entry("GET /beheer/{body}/moties/{id}/geschiedenis", Rule.READ_ITEM),
            entry("GET /beheer/{body}/moties/{id}/bewerken", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/moties/{id}/bewerken", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/moties/{id}/status", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/toezeggingen", Rule.READ_BODY),
            entry("GET /beheer/{body}/toezeggingen/nieuw", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/toezeggingen/nieuw", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/toezeggingen/{id}", Rule.READ_ITEM),
            entry("GET /beheer/{body}/toezeggingen/{id}/geschiedenis", Rule.READ_ITEM),
            entry("GET /beheer/{body}/toezeggingen/{id}/bewerken", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/toezeggingen/{id}/bewerken", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/toezeggingen/{id}/status", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/brieven", Rule.READ_BODY),
            entry("GET /beheer/{body}/brieven/nieuw", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/brieven/nieuw", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/brieven/{id}", Rule.READ_ITEM),
            entry("GET /beheer/{body}/brieven/{id}/geschiedenis", Rule.READ_ITEM),
            entry("GET /beheer/{body}/brieven/{id}/bewerken", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/brieven/{id}/bewerken", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/brieven/{id}/origineel", Rule.READ_ITEM),
            entry("GET /beheer/{body}/import", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/import", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/import/{id}", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/import/{id}", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/import/{id}/verwijderen", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/register", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/register", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/register/{id}", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/register/{id}", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/register.csv", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/register.xlsx", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/moties/{id}/termijn", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/moties/{id}/verantwoordelijke", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/toezeggingen/{id}/termijn", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/toezeggingen/{id}/verantwoordelijke", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/termijn", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/moties/{id}/verzoeken", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/moties/{id}/verzoeken/ongedaan", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/verzoeken/{id}/status", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/verzoeken/{id}/termijn", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/toezeggingen/{id}/splitsen", Rule.WRITE_ITEM),
            entry("GET /beheer/{body}/lijst", Rule.READ_BODY),
            entry("GET /beheer/{body}/lijst.{format:[a-z]+}", Rule.READ_BODY),
            entry("POST /beheer/{body}/lijst/besluit", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/termijn", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/bronnen", Rule.WRITE_BODY),
            entry("POST /beheer/{body}/bronnen", Rule.WRITE_BODY),
            entry("GET /beheer/{body}/bronnen/{id}", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/bronnen/{id}", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/bronnen/{id}/verwijderen", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/bronnen/{id}/oogsten", Rule.WRITE_ITEM),
            entry("POST /beheer/{body}/bronnen/conflicten/{id}", Rule.WRITE_ITEM));

    enum Actor {
        ANONYMOUS, MEMBER_OF_A, CLERK_OF_B, CLERK_OF_A, ADMIN
    }

    /** Whether the id in the URL is of body A itself, or of body B while the URL names A. */
    enum Target {
        OWN_ITEM, SMUGGLED_ITEM
    }

    enum Answer {
        LOGIN, FORBIDDEN, NOT_FOUND, ALLOWED
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LetterDocuments documents;

    @Autowired
    HarvestSources harvestSources;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<Actor, StaffClient> sessions;

    @BeforeEach
    void giveTheFirstLetterOfEachBodyAnOriginal() {
        for (String slug : List.of("den-haag", "groningen")) {
            Long letter = jdbc.queryForObject("select min(l.id) from letters l join bodies b on b.id = l.body_id"
                    + " where b.slug = ?", Long.class, slug);
            if (documents.info(letter).isEmpty()) {
                documents.attach(letter, "brief.txt", "text/plain", "brief".getBytes(StandardCharsets.UTF_8), "matrix");
            }
        }
    }

    @BeforeEach
    void logIn() {
        sessions = new LinkedHashMap<>();
        sessions.put(Actor.ANONYMOUS, StaffClient.fresh(port));
        sessions.put(Actor.MEMBER_OF_A, StaffClient.member(port, jdbc, "den-haag"));
        sessions.put(Actor.CLERK_OF_B, StaffClient.clerk(port, jdbc, "groningen"));
        sessions.put(Actor.CLERK_OF_A, StaffClient.clerk(port, jdbc, "den-haag"));
        sessions.put(Actor.ADMIN, StaffClient.admin(port, jdbc));
    }

    @Test
    void everyStaffEndpointHasARule() {
        Set<String> endpoints = staffEndpoints();

        assertThat(endpoints).as("staff endpoints without a rule in the matrix")
                .allSatisfy(endpoint -> assertThat(RULES).containsKey(endpoint));
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist")
                .allSatisfy(rule -> assertThat(endpoints).contains(rule));
    }

    @Test
    void everyUserGetsExactlyTheAnswerTheirRolesAllowForEveryStaffEndpoint() {
        Long someUser = throwawayUser();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String endpoint : staffEndpoints()) {
            Rule rule = RULES.get(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            List<Target> targets = pattern.contains("{body}") && pattern.contains("{id}")
                    ? List.of(Target.OWN_ITEM, Target.SMUGGLED_ITEM) : List.of(Target.OWN_ITEM);
            for (Actor actor : Actor.values()) {
                for (Target target : targets) {
                    String path = pattern.replace("{body}", "den-haag").replace("{format:[a-z]+}", "csv")
                            .replace("{id}", id(pattern, target, someUser));
                    Answer expected = expected(rule, actor, target);
                    Answer actual = answer(actor, sessions.get(actor), method, path);
                    checked++;
                    if (actual != expected) {
                        wrong.add(method + " " + path + " as " + actor + ": expected " + expected + ", got " + actual);
                    }
                }
            }
        }
        assertThat(wrong).as("unexpected answers").isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    static Answer expected(Rule rule, Actor actor, Target target) {
        if (actor == Actor.ANONYMOUS) {
            return Answer.LOGIN;
        }
        boolean admin = actor == Actor.ADMIN;
        boolean clerkOfA = admin || actor == Actor.CLERK_OF_A;
        boolean readerOfA = clerkOfA || actor == Actor.MEMBER_OF_A;
        return switch (rule) {
            case ANY_STAFF -> Answer.ALLOWED;
            case ADMIN -> admin ? Answer.ALLOWED : Answer.FORBIDDEN;
            case READ_BODY -> readerOfA ? Answer.ALLOWED : Answer.FORBIDDEN;
            case WRITE_BODY -> clerkOfA ? Answer.ALLOWED : Answer.FORBIDDEN;
            case READ_ITEM -> !readerOfA ? Answer.FORBIDDEN
                    : target == Target.OWN_ITEM ? Answer.ALLOWED : Answer.NOT_FOUND;
            case WRITE_ITEM -> !clerkOfA ? Answer.FORBIDDEN
                    : target == Target.OWN_ITEM ? Answer.ALLOWED : Answer.NOT_FOUND;
        };
    }

    /**
     * GETs as they are; POSTs with no fields but the CSRF token, which every form answers with its validation
     * errors, so the matrix changes no data (except blocking the throwaway user).
     */
    private Answer answer(Actor actor, StaffClient session, String method, String path) {
        if (method.equals("POST")) {
            session.get(actor == Actor.ANONYMOUS ? "/login" : "/beheer"); // a valid CSRF token: the rule decides
        }
        HttpResponse<String> response = method.equals("GET") ? session.get(path) : session.post(path, Map.of());
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 302 && location.endsWith("/login")) {
            return Answer.LOGIN;
        }
        return switch (status) {
            case 403 -> Answer.FORBIDDEN;
            case 404 -> Answer.NOT_FOUND;
            case 200, 302 -> Answer.ALLOWED;
            default -> throw new AssertionError(method + " " + path + " answered " + status);
        };
    }

    private Set<String> staffEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/beheer")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("%s must name its HTTP methods", pattern).isNotEmpty();
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    /** The id in an endpoint's path: the throwaway user, a body (both unchanged by a POST without fields), an item. */
    private String id(String pattern, Target target, Long someUser) {
        if (pattern.startsWith("/beheer/gebruikers")) {
            return someUser.toString();
        }
        if (pattern.startsWith("/beheer/bestuursorganen")) {
            return jdbc.queryForObject("select id from bodies where slug = 'den-haag'", Long.class).toString();
        }
        return itemId(pattern, target);
    }

    private String itemId(String pattern, Target target) {
        String slug = target == Target.OWN_ITEM ? "den-haag" : "groningen";
        if (pattern.contains("/import/") || pattern.contains("/register/")) {
            // a fresh pending import every time: discarding one must not change the next actor's answer (the
            // importing module's store is internal, and reading a document each time would be slow)
            return jdbc.queryForObject("insert into pending_imports (id, body_id, created_by, text) "
                    + "select gen_random_uuid(), id, 'matrix', 'Brief' from bodies where slug = ? returning id::text",
                    String.class, slug);
        }
        if (pattern.contains("/bronnen/conflicten/")) {
            // an open conflict of the body's first motion (only a harvest makes one through the modules); a POST
            // without a choice decides nothing
            jdbc.update("insert into harvest_conflicts (body_id, motion_id, field, harvested_value, current_value)"
                    + " select b.id, min(m.id), 'title', 'Bron', 'Eigen' from bodies b join motions m"
                    + " on m.body_id = b.id where b.slug = ? group by b.id on conflict do nothing", slug);
            return jdbc.queryForObject("select c.id::text from harvest_conflicts c join bodies b on b.id = c.body_id"
                    + " where b.slug = ? and c.field = 'title' and c.resolved_at is null", String.class, slug);
        }
        if (pattern.contains("/bronnen/")) {
            // a fresh source every time: removing one must not change the next actor's answer, and its harvest
            // ("Nu oogsten") meets a closed port at once
            Long body = jdbc.queryForObject("select id from bodies where slug = ?", Long.class, slug);
            return String.valueOf(harvestSources.add(new BodyId(body), new SourceSetup(SourceKind.TWEEDE_KAMER,
                    URI.create("http://127.0.0.1:9/" + UUID.randomUUID() + "/"), Map.of(), false, false)));
        }
        if (pattern.contains("/verzoeken/")) {
            // a request of a motion of the body; a body with none answers for a request that does not exist
            Long request = jdbc.queryForObject("select min(r.id) from motion_requests r join motions m"
                    + " on m.id = r.motion_id join bodies b on b.id = m.body_id where b.slug = ?", Long.class, slug);
            return request == null ? String.valueOf(Long.MAX_VALUE) : request.toString();
        }
        String table = pattern.contains("/moties/") ? "motions" : pattern.contains("/toezeggingen/") ? "commitments"
                : "letters";
        return jdbc.queryForObject("select min(t.id) from " + table + " t join bodies b on b.id = t.body_id "
                + "where b.slug = ?", Long.class, slug).toString();
    }

    /** A user row to point user URLs at; account's service is package-private, and no test logs in as it. */
    private Long throwawayUser() {
        return jdbc.queryForObject("insert into users (username, display_name, password_hash) values "
                + "('matrix-' || substr(md5(random()::text), 1, 8), 'Matrix', '{bcrypt}x') returning id", Long.class);
    }
}
