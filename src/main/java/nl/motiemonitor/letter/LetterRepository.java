package nl.motiemonitor.letter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterRepository extends JpaRepository<Letter, Long> {

    Optional<Letter> findByIdAndBodyIdAndPublishedTrue(Long id, Long bodyId);

    Optional<Letter> findByIdAndBodyId(Long id, Long bodyId);

    Optional<Letter> findByIdAndPublishedTrue(Long id);

    List<Letter> findByPublishedTrueAndIdGreaterThanOrderByIdAsc(long afterId, Limit limit);

    List<Letter> findByBodyIdAndPublishedTrueAndIdGreaterThanOrderByIdAsc(Long bodyId, long afterId, Limit limit);
    /** The id of the body's letter that a harvest brought from this source's record, if any. */
    @Query("""
            select l.id from Letter l where l.bodyId = :bodyId and l.source.kind = :kind
            and l.source.sourceId = :sourceId""")
    Optional<Long> findIdBySource(Long bodyId, String kind, String sourceId);

    org.springframework.data.domain.Page<Letter> findByBodyId(Long bodyId, Pageable page);

    List<Letter> findByIdInAndPublishedTrue(Collection<Long> ids);

    boolean existsByBodyIdAndReferenceIgnoreCase(Long bodyId, String reference);

    Optional<Letter> findFirstByBodyIdAndReferenceIgnoreCase(Long bodyId, String reference);

    @Query("select l from Letter l where l.published = true order by l.sentOn desc nulls last, l.id desc")
    List<Letter> findLatestPublished(Pageable page);

}
