package nl.motiemonitor.commitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

    Optional<Commitment> findByBodyIdAndUrlKeyAndPublishedTrue(Long bodyId, String urlKey);

    Optional<Commitment> findByIdAndBodyId(Long id, Long bodyId);

    /** The id of the body's commitment that a harvest brought from this source's record, if any. */
    @Query("""
            select c.id from Commitment c where c.bodyId = :bodyId and c.source.kind = :kind
            and c.source.sourceId = :sourceId""")
    Optional<Long> findIdBySource(Long bodyId, String kind, String sourceId);

    List<Commitment> findByIdInAndPublishedTrue(Iterable<Long> ids);

    long countByBodyIdAndNumberStartingWith(Long bodyId, String prefix);

    Optional<Commitment> findByBodyIdAndNumberIgnoreCase(Long bodyId, String number);

    List<Commitment> findByMadeInLetterIdOrderByIdAsc(Long letterId);

    List<Commitment> findBySplitFromCommitmentIdOrderByIdAsc(Long commitmentId);

    // kept by statement triggers (V7), so the front page does not count every item on every request
    @Query(nativeQuery = true, value = """
            select body_id, status, items from published_status_counts
            where item_type = 'COMMITMENT' and items > 0""")
    List<Object[]> countPublishedByBodyAndStatus();

    @Query("""
            select distinct extract(year from c.madeOn) from Commitment c
            where c.bodyId = :bodyId and c.published = true and c.madeOn is not null
            order by 1 desc""")
    List<Integer> publishedYears(Long bodyId);
}
