package nl.motiemonitor.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import nl.motiemonitor.search.SearchQuery;
import nl.motiemonitor.search.SearchService;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A small country generated into the test context's own database (without demo data), checked through SQL, the
 * search service and the public pages; and the same seed generated again, through the command, into another fresh
 * database, gives the same data.
 */
@MotiemonitorTest
@TestPropertySource(properties = "motiemonitor.demo-data=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDataGeneratorTest {

    static final GeneratorOptions SMALL = new GeneratorOptions(5, 200, 60, 300, 7);

    /** Everything generated, in id order, as one md5: what "the same data" means. */
    static final String FINGERPRINT = """
            select md5(string_agg(row, E'\\n' order by row)) from (
                select 'b' || b::text as row from bodies b
                union all select 'p' || p::text from parties p
                union all select 'm' || m::text from members m
                union all select 'mo' || (id, body_id, registration_number, title, summary, adopted_on, vote_outcome,
                                          votes_for, votes_against, due_date, status, published)::text from motions
                union all select 'c' || c::text from clauses c
                union all select 's' || s::text from motion_sponsors s
                union all select 'co' || (id, body_id, number, text, made_on, due_date, status, published)::text
                          from commitments
                union all select 'l' || (id, body_id, sent_on, subject, reference, full_text, published)::text
                          from letters
                union all select 'li' || i::text from letter_items i
                union all select 'sc' || (id, motion_id, commitment_id, position, from_status, to_status,
                                          effective_on, recorded_at, reason, letter_id)::text from status_changes
                union all select 'sd' || (item_type, item_id, published, title, document)::text
                          from search_documents) rows""";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @LocalServerPort
    int port;

    GenerationResult result;

    @BeforeAll
    void generate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            result = new NationalDataGenerator(SMALL, line -> { }).generate(connection);
        }
    }

    @Test
    void loadsTheRequestedCountry() {
        assertThat(count("bodies")).isEqualTo(5).isEqualTo(result.rows("bodies"));
        assertThat(count("motions")).isEqualTo(200);
        assertThat(count("commitments")).isEqualTo(60);
        assertThat(count("letters")).isGreaterThanOrEqualTo(300).isEqualTo(result.rows("letters"));
        assertThat(count("search_documents")).isEqualTo(count("motions") + count("commitments") + count("letters"));
        assertThat(jdbc.queryForObject("select min(n) || '-' || max(n) from (select count(*) n from clauses "
                + "group by motion_id) c", String.class)).matches("[3-9]-(\\d|1[0-2])");
        assertThat(jdbc.queryForObject("select count(*) from motions m where not exists "
                + "(select 1 from clauses c where c.motion_id = m.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select avg(published::int) from motions", Double.class)).isGreaterThan(0.9);
        assertThat(jdbc.queryForObject("select count(distinct status) from motions", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from parties", Long.class)).isGreaterThan(20);
    }

    @Test
    void dataKeepsTheRulesOfTheLifecycle() {
        // the current status is where the history ends, which starts with "open" at adoption
        assertThat(jdbc.queryForObject("""
                select count(*) from motions m
                where status is distinct from (select to_status from status_changes s where s.motion_id = m.id
                                               order by position desc limit 1)""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from commitments c
                where status <> (select to_status from status_changes s where s.commitment_id = c.id
                                 order by position desc limit 1)""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from status_changes s
                where (position = 0) <> (from_status is null)
                   or (position = 0 and to_status <> 'OPEN')
                   or (from_status = 'OPEN' and to_status not in ('IN_PROGRESS', 'DISCHARGE_PROPOSED'))
                   or (from_status = 'IN_PROGRESS' and to_status <> 'DISCHARGE_PROPOSED')
                   or (from_status = 'DISCHARGE_PROPOSED' and to_status not in ('DISCHARGED', 'IN_PROGRESS'))
                   or from_status = 'DISCHARGED'
                   or (from_status is not null and from_status <> (select p.to_status from status_changes p
                        where p.position = s.position - 1 and (p.motion_id = s.motion_id
                                                               or p.commitment_id = s.commitment_id)))""",
                Long.class)).isZero();
        // a discharge proposal comes with the letter that claims it, of the same body
        assertThat(jdbc.queryForObject("""
                select count(*) from status_changes s
                left join letter_items i on i.letter_id = s.letter_id
                     and (i.motion_id = s.motion_id or i.commitment_id = s.commitment_id)
                left join letters l on l.id = s.letter_id
                left join motions m on m.id = s.motion_id
                left join commitments c on c.id = s.commitment_id
                where s.to_status = 'DISCHARGE_PROPOSED'
                  and (i.response is distinct from 'DISCHARGE_CLAIMED' or l.body_id <> coalesce(m.body_id, c.body_id)
                       or l.sent_on <> s.effective_on)""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from motions where vote_outcome = 'REJECTED' "
                + "and (status is not null or votes_for >= votes_against)", Long.class)).isZero();
        // the sequences are past the loaded ids: the portal can add items
        assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('motions', 'id'))", Long.class))
                .isGreaterThan(200);
        // the search triggers are on again, and the documents are the ones they would write
        assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgname like 'search\\_%' "
                + "and tgenabled = 'O'", Long.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from search_documents d full join search_rows r"
                + " using (item_type, item_id) where to_jsonb(d) is distinct from to_jsonb(r)", Long.class)).isZero();
    }

    @Test
    void theChangeFeedAnnouncesEveryBodyAndPublishedItemOnceAndItsTriggersAreOnAgain() {
        long published = jdbc.queryForObject("select (select count(*) from bodies) + (select count(*) from motions "
                + "where published) + (select count(*) from commitments where published) + (select count(*) "
                + "from letters where published)", Long.class);
        assertThat(jdbc.queryForObject("select count(distinct (item_type, item_id)) from public_changes "
                + "where action = 'published'", Long.class)).isEqualTo(published)
                .isEqualTo(result.rows("public_changes")).isEqualTo(count("public_changes"));
        // three statement triggers on each of 4 item and 15 part tables, one row trigger on letters, and the one that
        // numbers a transaction's changes at its commit
        assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgname like 'public\\_changes\\_%' "
                + "and tgenabled = 'O' and not tgisinternal", Long.class)).isEqualTo(59);
    }

    @Test
    void searchFindsGeneratedText() {
        String word = "verkeersveiligheid";
        long expected = jdbc.queryForObject("select count(*) from search_documents where published "
                + "and document @@ websearch_to_tsquery('dutch', ?)", Long.class, word);
        assertThat(expected).isPositive();
        assertThat(search.search(new SearchQuery(word, null, null, null, null, false, 1)).total())
                .isEqualTo(expected);

        var page = new PortalClient(port).get("/zoeken?q=" + word);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>verkeersveiligheid</mark>");
    }

    @Test
    void publicPagesOfAGeneratedBodyRender() {
        PortalClient portal = new PortalClient(port);
        String slug = jdbc.queryForObject("select b.slug from bodies b join motions m on m.body_id = b.id "
                + "where b.kind = 'MUNICIPALITY' order by b.id limit 1", String.class);
        String motion = jdbc.queryForObject("select m.url_key from motions m join bodies b on b.id = m.body_id "
                + "where b.slug = ? and m.published and m.status = 'DISCHARGED' order by m.id limit 1",
                String.class, slug);
        String commitment = jdbc.queryForObject("select c.url_key from commitments c join bodies b on "
                + "b.id = c.body_id where b.slug = ? and c.published order by c.id limit 1", String.class, slug);
        Long letter = jdbc.queryForObject("select l.id from letters l join bodies b on b.id = l.body_id "
                + "join letter_items i on i.letter_id = l.id where b.slug = ? and l.published order by l.id limit 1",
                Long.class, slug);
        for (String path : List.of("/", "/" + slug, "/" + slug + "/moties/" + motion,
                "/" + slug + "/toezeggingen/" + commitment, "/" + slug + "/brieven/" + letter,
                "/" + slug + "/zoeken?q=motie")) {
            assertThat(portal.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theSameSeedGivesTheSameDataThroughTheCommand() throws SQLException {
        TestPostgres.Database other = TestPostgres.freshDatabase();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--url", other.jdbcUrl(), "--user", other.username(),
                "--password", other.password(), "--bodies", "5", "--motions", "200", "--commitments", "60",
                "--letters", "300", "--seed", "7"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();

        String here = jdbc.queryForObject(FINGERPRINT, String.class);
        try (Connection connection = DriverManager.getConnection(other.jdbcUrl(), other.username(),
                other.password()); Statement statement = connection.createStatement();
             ResultSet fingerprint = statement.executeQuery(FINGERPRINT)) {
            fingerprint.next();
            assertThat(fingerprint.getString(1)).isEqualTo(here);
        }
        // and the database is not filled twice
        assertThat(GenerateCommand.run(new String[] {"--url", other.jdbcUrl(), "--user", other.username(),
                "--password", other.password(), "--bodies", "5", "--motions", "10"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void anotherSeedGivesAnotherCountry() {
        assertThat(CountryWriter.chooseBodies(5, 7)).isNotEqualTo(CountryWriter.chooseBodies(5, 8))
                .isEqualTo(CountryWriter.chooseBodies(5, 7));
        assertThat(CountryWriter.allBodies()).hasSizeGreaterThan(370)
                .allSatisfy(body -> assertThat(body.slug()).matches("^[a-z0-9]+(-[a-z0-9]+)*$")
                        .isNotIn("zoeken", "beheer", "login", "logout", "error", "actuator", "vendor", "css"));
        assertThatThrownBy(() -> new GeneratorOptions(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
