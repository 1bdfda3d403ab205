package nl.motiemonitor.motion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MotionRepository extends JpaRepository<Motion, Long>, JpaSpecificationExecutor<Motion> {

    Optional<Motion> findByIdAndBodyId(Long id, Long bodyId);

    /** The id of the body's motion that a harvest brought from this source's record, if any. */
    @Query("""
            select m.id from Motion m where m.bodyId = :bodyId and m.source.kind = :kind
            and m.source.sourceId = :sourceId""")
    Optional<Long> findIdBySource(Long bodyId, String kind, String sourceId);

    /** The body's motions whose number is this one in other punctuation or case (search_number_key, V13). */
    @Query(nativeQuery = true, value = """
            select * from motions where body_id = :bodyId
            and search_number_key(registration_number) = search_number_key(:number) order by id""")
    List<Motion> findByNumberKey(Long bodyId, String number);

    /** The body's motions of this title, ignoring case and spaces. */
    @Query(nativeQuery = true, value = """
            select * from motions where body_id = :bodyId
            and lower(regexp_replace(title, '\\s+', ' ', 'g')) = lower(regexp_replace(:title, '\\s+', ' ', 'g'))
            order by id""")
    List<Motion> findByTitle(Long bodyId, String title);

    List<Motion> findByIdInAndPublishedTrue(Iterable<Long> ids);

    Optional<Motion> findByReplacesMotionId(Long replacedId);


    // kept by statement triggers (V7), so the front page does not count every item on every request
    @Query(nativeQuery = true, value = """
            select body_id, status, items from published_status_counts
            where item_type = 'MOTION' and items > 0""")
    List<Object[]> countPublishedByBodyAndStatus();

    @Query("""
            select distinct extract(year from m.adoptedOn) from Motion m
            where m.bodyId = :bodyId and m.published = true and m.adoptedOn is not null
            order by 1 desc""")
    List<Integer> publishedAdoptionYears(Long bodyId);
}
