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
            String path = field + "[" + i + "].requests";
            String typed = row.getRequests() == null ? "" : row.getRequests().strip();
            if (typed.isEmpty() || row.isEmpty() || errors.hasFieldErrors(path)) {
                row.answeringRequests(List.of());
                continue;
            }
            List<RequestView> motionRequests = row.getItem() instanceof MotionId
                    ? split.getOrDefault(row.getItem().value(), List.of()) : List.of();
            if (motionRequests.isEmpty()) {
                errors.rejectValue(path, "staff.answer.requests.notSplit");
                continue;
            }
            List<Integer> numbers = numbers(typed);
            if (numbers == null) {
                errors.rejectValue(path, "staff.answer.requests.unreadable", new Object[] {typed}, null);
                continue;
            }
            List<Long> ids = new ArrayList<>();
            for (int number : numbers) {
                motionRequests.stream().filter(request -> request.position() == number).findFirst()
                        .ifPresentOrElse(request -> ids.add(request.id()), () -> errors.rejectValue(path,
                                "staff.answer.requests.unknown", new Object[] {number, motionRequests.size()}, null));
            }
            row.answeringRequests(ids);
        }
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
