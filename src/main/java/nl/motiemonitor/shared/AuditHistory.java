package nl.motiemonitor.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an audited entity's revisions (Hibernate Envers) and turns them into an {@link AuditTrail}. */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

    private final EntityManager entityManager;

    AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every revision of the entity, newest first, with what changed in readable labels. */
    public <T> List<AuditTrail.Entry> of(Class<T> type, Object id,
            Function<T, Map<MessageSourceResolvable, MessageSourceResolvable>> fields) {
        List<Object[]> revisions = revisions(type, id, true, Integer.MAX_VALUE);
        return AuditTrail.of(revisions.stream().map(row -> new AuditTrail.Snapshot((AuditRevision) row[1],
                (RevisionType) row[2], fields.apply(type.cast(row[0])))).toList());
    }

    /** Who saved the entity last, and when. */
    public Optional<AuditRevision> lastChange(Class<?> type, Object id) {
        return revisions(type, id, false, 1).stream().findFirst().map(row -> (AuditRevision) row[1]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(Class<?> type, Object id, boolean oldestFirst, int max) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(oldestFirst ? AuditEntity.revisionNumber().asc() : AuditEntity.revisionNumber().desc())
                .setMaxResults(max)
                .getResultList();
    }
}
