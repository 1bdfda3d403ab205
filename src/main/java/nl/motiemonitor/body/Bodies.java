package nl.motiemonitor.body;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.shared.Phrase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The body module's API: register, change and look up bodies, their party groups and members. */
@Service
@Transactional(readOnly = true)
public class Bodies {

    /** Paths the portal uses itself, which no body's slug may take (also a check constraint in the schema). */
    public static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("zoeken", "beheer", "login", "logout",
            "error", "actuator", "vendor", "css", "overzicht", "volgen", "afmelden", "abonnementen",
            "feed", "toegankelijkheid", "api", "open-data");

    private final BodyRepository bodies;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final FormerSlugRepository formerSlugs;
    private final AuditHistory audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    Bodies(BodyRepository bodies, PartyRepository parties, MemberRepository members, FormerSlugRepository formerSlugs,
            AuditHistory audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.parties = parties;
        this.members = members;
        this.formerSlugs = formerSlugs;
        this.audit = audit;
        this.clock = clock;
    }

    /** A body as an edit form starts from: with the version the form sends back. */
    public record EditableBody(BodyView body, long version) {
    }

    /** A slug the body had, and since when it has another. */
    public record FormerSlugView(String slug, java.time.Instant replacedAt) {
    }

    /** The body with this slug; one plain statement, since every public page of a body asks it first. */
    public Optional<BodyView> findBySlug(String slug) {
        return jdbc.sql("select id, slug, name, kind, cbs_code, theme from bodies where slug = :slug")
                .param("slug", slug)
                .query((rs, row) -> new BodyView(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        BodyKind.valueOf(rs.getString("kind")), rs.getString("cbs_code"), rs.getString("theme")))
                .optional();
    }

    public boolean exists(String slug) {
        return bodies.existsBySlug(slug);
    }

    public List<BodyView> all() {
        return bodies.findAllByOrderByNameAsc().stream().map(Body::toView).toList();
    }

    public Map<Long, BodyView> byIds(Collection<Long> ids) {
        return bodies.findAllById(ids).stream().map(Body::toView)
                .collect(Collectors.toMap(BodyView::id, Function.identity()));
    }

    @Transactional
    public BodyView register(String slug, String name, BodyKind kind, String cbsCode, String theme) {
        return bodies.save(new Body(slug, name, kind, cbsCode, theme)).toView();
    }

    public Optional<EditableBody> editable(Long id) {
        return bodies.findById(id).map(body -> new EditableBody(body.toView(), body.version()));
    }

    /**
     * Changes a body as an administrator asks. A changed slug is kept as a former slug, so the body's old URLs keep
     * working ({@link #renamedTo}).
     *
     * @throws EditConflictException when the body changed since the form was opened
     * @throws org.springframework.dao.DataIntegrityViolationException when another body has the slug or CBS code
     */
    @Transactional
    public BodyView change(Long id, long expectedVersion, BodyChange change) {
        Body body = bodies.findById(id).orElseThrow(() -> new IllegalArgumentException("Onbekend orgaan: " + id));
        if (body.version() != expectedVersion) {
            throw new EditConflictException(body.version());
        }
        String former = body.change(change);
        if (former != null) {
            formerSlugs.save(new FormerSlug(former, id, clock.instant()));
        }
        bodies.flush();
        return body.toView();
    }

    /**
     * The current slug of the body that once had this slug; empty when a body has it now (it is that body's) or
     * none ever had it.
     */
    public Optional<String> renamedTo(String slug) {
        if (bodies.existsBySlug(slug)) {
            return Optional.empty();
        }
        return formerSlugs.findById(slug).flatMap(former -> bodies.findById(former.bodyId())).map(Body::slug);
    }

    /** The slugs a body had before, newest first; not the one it has now. */
    public List<FormerSlugView> formerSlugs(Long id) {
        String current = bodies.findById(id).map(Body::slug).orElse(null);
        return formerSlugs.findByBodyIdOrderByReplacedAtDesc(id).stream()
                .filter(former -> !former.slug().equals(current))
                .map(former -> new FormerSlugView(former.slug(), former.replacedAt())).toList();
    }

    /** Every change of a body, newest first, field by field, with who made it. */
    public List<AuditTrail.Entry> history(Long id) {
        return audit.of(Body.class, id, body -> {
            BodyView view = body.toView();
            return new AuditTrail.Fields().put("history.body.name", view.name()).put("history.body.slug", view.slug())
                    .put("history.body.kind", view.kind() == null ? null : Phrase.of("body.kind." + view.kind().name()))
                    .put("history.body.cbsCode", view.cbsCode()).put("history.body.theme", view.theme()).build();
        });
    }

    @Transactional
    public Long addParty(BodyId body, String name, String abbreviation) {
        return parties.save(new Party(body.value(), name, abbreviation)).id();
    }

    /** Adds a member, of the named party group of the same body when {@code partyName} is given. */
    @Transactional
    public Long addMember(BodyId body, String name, String partyName) {
        long bodyId = body.value();
        Long partyId = null;
        if (partyName != null) {
            partyId = parties.findByBodyIdAndName(bodyId, partyName)
                    .orElseThrow(() -> new IllegalArgumentException("Onbekende fractie: " + partyName))
                    .id();
        }
        return members.save(new Member(bodyId, name, partyId)).id();
    }

    /** All members of a body, by name, to choose sponsors from. */
    public List<MemberView> membersOf(BodyId body) {
        return members(members.findByBodyIdOrderByNameAsc(body.value()).stream().map(Member::id).toList());
    }

    /**
     * The members named, in order and each once: a member of the body with the same name (and party, when one is
     * named) is linked; anyone else is added, with their party group, in the caller's transaction.
     *
     * @throws DomainRuleViolation when a name without a party fits two members of the body
     */
    @Transactional
    public List<Long> memberIds(BodyId body, List<MemberName> names) {
        long bodyId = body.value();
        List<Member> known = members.findByBodyIdOrderByNameAsc(bodyId);
        Map<Long, Party> partyById = parties.findByBodyId(bodyId).stream()
                .collect(Collectors.toMap(Party::id, Function.identity()));
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
        for (MemberName typed : names) {
            List<Member> matches = known.stream().filter(member -> typed.sameName(member.name()))
                    .filter(member -> {
                        Party party = partyById.get(member.partyId());
                        return party == null ? typed.party() == null
                                : typed.sameParty(party.name(), party.abbreviation());
                    }).toList();
            if (matches.size() > 1) {
                throw new DomainRuleViolation("rule.motion.ambiguousSponsor", String.valueOf(matches.size()),
                        typed.name());
            }
            if (matches.isEmpty()) {
                Member added = members.save(new Member(bodyId, typed.name(), typed.party() == null ? null
                        : partyFor(bodyId, typed.party(), partyById).id()));
                known = new java.util.ArrayList<>(known);
                known.add(added);
                ids.add(added.id());
            } else {
                ids.add(matches.get(0).id());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The party groups of the body with these names or abbreviations, in order (one id per name given); groups that
     * do not exist yet are added in the caller's transaction.
     */
    @Transactional
    public List<Long> partyIds(BodyId body, List<String> names) {
        long bodyId = body.value();
        Map<Long, Party> partyById = parties.findByBodyId(bodyId).stream()
                .collect(Collectors.toMap(Party::id, Function.identity()));
        return names.stream().map(name -> partyFor(bodyId, new MemberName(name, null).name(), partyById).id())
                .toList();
    }

    /** Per party id: the group's name, as votes are shown. */
    public Map<Long, String> partyNames(Collection<Long> ids) {
        return parties.findAllById(ids).stream().collect(Collectors.toMap(Party::id, Party::name));
    }

    private Party partyFor(Long bodyId, String name, Map<Long, Party> partyById) {
        return partyById.values().stream()
                .filter(party -> MemberName.key(name).equals(MemberName.key(party.name()))
                        || MemberName.key(name).equals(MemberName.key(party.abbreviation())))
                .findFirst().orElseGet(() -> {
                    Party added = parties.save(new Party(bodyId, name, null));
                    partyById.put(added.id(), added);
                    return added;
                });
    }

    /** These members with their party's abbreviation (else its name), in the order of {@code ids}; one statement. */
    public List<MemberView> members(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberView> found = new HashMap<>();
        jdbc.sql("""
                select m.id, m.name, coalesce(p.abbreviation, p.name) as party
                from members m left join parties p on p.id = m.party_id
                where m.id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    found.put(rs.getLong("id"), new MemberView(rs.getLong("id"), rs.getString("name"),
                            rs.getString("party")));
                });
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
