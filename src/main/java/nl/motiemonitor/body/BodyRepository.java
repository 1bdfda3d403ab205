package nl.motiemonitor.body;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<Body, Long> {

    Optional<Body> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Body> findAllByOrderByNameAsc();
}
