package nl.motiemonitor.motion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MotionRepository extends JpaRepository<Motion, Long>, JpaSpecificationExecutor<Motion> {

    Optional<Motion> findByBodyIdAndUrlKeyAndPublishedTrue(Long bodyId, String urlKey);

    Optional<Motion> findByIdAndBodyId(Long id, Long bodyId);

    Optional<Motion> findByBodyIdAndRegistrationNumberIgnoreCase(Long bodyId, String registrationNumber);

    List<Motion> findByIdInAndPublishedTrue(Iterable<Long> ids);

    boolean existsByBodyIdAndRegistrationNumberIgnoreCase(Long bodyId, String registrationNumber);

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
