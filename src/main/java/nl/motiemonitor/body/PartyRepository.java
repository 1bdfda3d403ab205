package nl.motiemonitor.body;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {

    Optional<Party> findByBodyIdAndName(Long bodyId, String name);

    java.util.List<Party> findByBodyId(Long bodyId);
}
