package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.RequestView;
import nl.motiemonitor.shared.MotionId;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The requests a letter answers, as a clerk names them on an answer row: by their numbers in the motion ("1, 3",
 * "1 en 3", "2-4"), blank for all of them. Read into request ids, or refused with a Dutch message on the row.
 */
@Component
class RequestNumbers {

    private static final Pattern PART = Pattern.compile("(\\d{1,3})(?:\\s*+[-–]\\s*+(\\d{1,3}))?+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]|en");

    private final MotionRequests requests;

    RequestNumbers(MotionRequests requests) {
        this.requests = requests;
    }

    /** Per motion id: the requests of each split motion among these rows' items, for the form's hints. */
    Map<Long, List<RequestView>> of(Collection<AnswerRow> rows) {
        return requests.of(rows.stream().filter(row -> row.getItem() instanceof MotionId)
                .map(row -> row.getItem().value()).distinct().toList());
    }

    /** Fills each row's numbers from the saved answers (ids → numbers), to edit a letter. */
    void fill(List<AnswerRow> rows, List<LetterAnswer> answers) {
        Map<Long, List<RequestView>> split = of(rows);
        for (int i = 0; i < rows.size() && i < answers.size(); i++) {
            List<Long> ids = answers.get(i).requestIds();
            if (!ids.isEmpty() && rows.get(i).getItem() instanceof MotionId motion) {
                List<RequestView> motionRequests = split.getOrDefault(motion.value(), List.of());
                rows.get(i).setRequests(motionRequests.stream().filter(request -> ids.contains(request.id()))
                        .map(request -> String.valueOf(request.position())).collect(Collectors.joining(", ")));
            }
        }
    }

    /** Reads every row's numbers into request ids; a number the motion does not have is refused on its row. */
    void resolve(String field, List<AnswerRow> rows, Errors errors) {
        Map<Long, List<RequestView>> split = of(rows);
        for (int i = 0; i < rows.size(); i++) {
            AnswerRow row = rows.get(i);
            List<RequestView> motionRequests = row.getItem() instanceof MotionId motion
                    ? split.getOrDefault(motion.value(), List.of()) : List.of();
            row.answeringRequests(row.isEmpty() ? List.of()
                    : read(motionRequests, row.getRequests(), field + "[" + i + "].requests", errors));
        }
    }

    /**
     * The ids of the requests named in {@code typed} of a motion with these requests (none: not split); blank names
     * them all (an empty list). A problem is refused on {@code path}.
     */
    List<Long> read(List<RequestView> motionRequests, String typed, String path, Errors errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || errors.hasFieldErrors(path)) {
            return List.of();
        }
        if (motionRequests.isEmpty()) {
            errors.rejectValue(path, "staff.answer.requests.notSplit");
            return List.of();
        }
        List<Integer> numbers = numbers(text);
        if (numbers == null) {
            errors.rejectValue(path, "staff.answer.requests.unreadable", new Object[] {text}, null);
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int number : numbers) {
            motionRequests.stream().filter(request -> request.position() == number).findFirst()
                    .ifPresentOrElse(request -> ids.add(request.id()), () -> errors.rejectValue(path,
                            "staff.answer.requests.unknown", new Object[] {number, motionRequests.size()}, null));
        }
        return ids;
    }

    /** The requests of a motion, in order; empty when it is not split. */
    List<RequestView> of(Long motionId) {
        return requests.of(motionId);
    }

    /** "1, 3" → [1, 3]; "2-4" → [2, 3, 4]; null when the text is not a list of numbers. */
    static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher part = PART.matcher(text);
        int end = 0;
        while (part.find()) {
            if (!SEPARATORS.matcher(text.substring(end, part.start())).replaceAll("").isEmpty()) {
                return null;
            }
            int from = Integer.parseInt(part.group(1));
            int to = part.group(2) == null ? from : Integer.parseInt(part.group(2));
            if (to < from || to - from > 100) {
                return null;
            }
            for (int number = from; number <= to; number++) {
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
            end = part.end();
        }
        boolean restIsSeparators = SEPARATORS.matcher(text.substring(end)).replaceAll("").isEmpty();
        return numbers.isEmpty() || !restIsSeparators ? null : numbers;
    }
}
