package nl.motiemonitor.body;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    java.util.List<Member> findByBodyIdOrderByNameAsc(Long bodyId);
}
