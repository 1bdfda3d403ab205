package nl.motiemonitor.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A commitment split in two when a letter keeps only part of it: the part that stays with this commitment (and the
 * letter), and the part that goes on as a commitment of its own.
 */
class CommitmentSplitForm {

    @NotBlank(message = "{staff.split.kept.required}")
    @Size(max = 10_000, message = "{staff.split.tooLong}")
    private String keptText;

    @NotBlank(message = "{staff.split.remaining.required}")
    @Size(max = 10_000, message = "{staff.split.tooLong}")
    private String remainingText;

    @NotNull
    private Long version;

    public String getKeptText() {
        return keptText;
    }

    public void setKeptText(String keptText) {
        this.keptText = keptText;
    }

    public String getRemainingText() {
        return remainingText;
    }

    public void setRemainingText(String remainingText) {
        this.remainingText = remainingText;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
