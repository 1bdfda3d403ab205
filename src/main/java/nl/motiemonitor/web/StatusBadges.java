package nl.motiemonitor.web;

import nl.motiemonitor.shared.ItemStatus;
import org.springframework.stereotype.Component;

/** The NL Design System status-badge variant per status, for templates as {@code @statusBadges}. */
@Component("statusBadges")
class StatusBadges {

    public String cssClass(ItemStatus status) {
        String variant = status == null ? null : switch (status) {
            case OPEN -> "neutral";
            case IN_PROGRESS -> "warning";
            case DISCHARGE_PROPOSED -> "inactive";
            case DISCHARGED -> "success";
            // the plain badge, as for a motion without a lifecycle: nothing more is expected
            case LAPSED -> null;
        };
        return variant == null ? "utrecht-status-badge" : "utrecht-status-badge utrecht-status-badge--" + variant;
    }
}
