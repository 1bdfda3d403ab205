package nl.motiemonitor.motion;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MotionRequestRepository extends JpaRepository<MotionRequest, Long> {

    List<MotionRequest> findByMotionIdOrderByPosition(Long motionId);

    List<MotionRequest> findByMotionIdInOrderByMotionIdAscPositionAsc(Collection<Long> motionIds);

    boolean existsByMotionId(Long motionId);
}
