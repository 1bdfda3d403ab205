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

    @Query("""
            select m.bodyId, m.status, count(m) from Motion m
            where m.published = true and m.status is not null
            group by m.bodyId, m.status""")
    List<Object[]> countPublishedByBodyAndStatus();

    @Query("""
            select distinct extract(year from m.adoptedOn) from Motion m
            where m.bodyId = :bodyId and m.published = true and m.adoptedOn is not null
            order by 1 desc""")
    List<Integer> publishedAdoptionYears(Long bodyId);
}
