package nl.motiemonitor.web;

import nl.motiemonitor.shared.ItemStatus;
import org.springframework.stereotype.Component;

/** The NL Design System status-badge variant per status, for templates as {@code @statusBadges}. */
@Component("statusBadges")
class StatusBadges {

    public String cssClass(ItemStatus status) {
        if (status == null) {
            return "utrecht-status-badge";
        }
        return "utrecht-status-badge utrecht-status-badge--" + switch (status) {
            case OPEN -> "neutral";
            case IN_PROGRESS -> "warning";
            case DISCHARGE_PROPOSED -> "inactive";
            case DISCHARGED -> "success";
            case LAPSED -> "inactive";
        };
    }
}
