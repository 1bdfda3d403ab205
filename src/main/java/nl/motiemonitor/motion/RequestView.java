package nl.motiemonitor.motion;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChange;

/** A request of a split motion as its pages show it: "Verzoek 2", its status, term, responsibility and history. */
public record RequestView(Long id, Long motionId, int position, String text, ItemStatus status, LocalDate dueDate,
        String department, String portfolioHolder, List<StatusChange> history, long version) {

    static RequestView of(MotionRequest request) {
        return new RequestView(request.id(), request.motionId(), request.position(), request.text(), request.status(),
                request.dueDate(), request.department(), request.portfolioHolder(),
                List.copyOf(request.statusChanges()), request.version());
    }
}
