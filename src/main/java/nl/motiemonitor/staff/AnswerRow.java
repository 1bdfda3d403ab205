package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.ItemId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A row of a letter's form (and of the import review): an item the letter answers (in the form {@code motie:12} or
 * {@code toezegging:7}, see {@link ItemId#formValue()}), what the letter does with it, and the new term when it postpones. A row without an item is
 * ignored.
 */
class AnswerRow {

    private ItemId item;

    @NotNull(message = "{staff.answer.response.required}")
    private LetterResponse response = LetterResponse.DISCHARGE_CLAIMED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDueDate;

    /** For a motion tracked per request: the numbers of the requests the letter answers ("1, 3"); blank: all. */
    @jakarta.validation.constraints.Size(max = 200, message = "{staff.answer.requests.tooLong}")
    private String requests;

    /** The ids of those requests, once {@link RequestNumbers} has read them. */
    private List<Long> requestIds = List.of();

    public AnswerRow() {
    }

    AnswerRow(ItemId item, LetterResponse response, LocalDate newDueDate) {
        this.item = item;
        this.response = response;
        this.newDueDate = newDueDate;
    }

    static AnswerRow of(LetterAnswer answer) {
        return new AnswerRow(answer.item(), answer.response(), answer.newDueDate());
    }

    boolean isEmpty() {
        return item == null;
    }

    LetterAnswer toAnswer() {
        return LetterAnswer.of(item, response, response == LetterResponse.POSTPONED ? newDueDate : null)
                .forRequests(requestIds);
    }

    void answeringRequests(List<Long> ids) {
        this.requestIds = List.copyOf(ids);
    }

    /**
     * Rows of {@code field} ("answers"): each item one of {@code allowed} and named once, a postponement with a new
     * date; the messages name the row's field.
     */
    static void validate(String field, List<AnswerRow> rows, Set<String> allowed, String bodyName, Errors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            AnswerRow row = rows.get(i);
            String prefix = field + "[" + i + "].";
            if (row.isEmpty() || errors.hasFieldErrors(prefix + "item")) {
                continue;
            }
            if (!allowed.contains(row.item.formValue())) {
                errors.rejectValue(prefix + "item", "staff.answer.item.notInBody", new Object[] {bodyName}, null);
            } else if (!seen.add(row.item.formValue())) {
                errors.rejectValue(prefix + "item", "staff.answer.item.twice");
            }
            if (row.response == LetterResponse.POSTPONED && row.newDueDate == null
                    && !errors.hasFieldErrors(prefix + "newDueDate")) {
                errors.rejectValue(prefix + "newDueDate", "staff.answer.newDueDate.required");
            }
        }
    }

    public ItemId getItem() {
        return item;
    }

    public void setItem(ItemId item) {
        this.item = item;
    }

    public LetterResponse getResponse() {
        return response;
    }

    public void setResponse(LetterResponse response) {
        this.response = response;
    }

    public String getRequests() {
        return requests;
    }

    public void setRequests(String requests) {
        this.requests = requests;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }
}
