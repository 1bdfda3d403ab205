package nl.motiemonitor.body;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormerSlugRepository extends JpaRepository<FormerSlug, String> {

    List<FormerSlug> findByBodyIdOrderByReplacedAtDesc(Long bodyId);
}
