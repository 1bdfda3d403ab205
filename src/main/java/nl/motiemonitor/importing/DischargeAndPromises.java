package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Discharge;
import nl.motiemonitor.importing.ReadDocument.Promise;

/**
 * What a letter says it does with a motion (claims it done, says it is not, postpones it, reports progress) and what
 * it promises to do later, each from the sentences of its body text.
 */
final class DischargeAndPromises {

    /**
     * The rest of a word after its stem ("beschouw|en", "toezegging|en"): at most 20 letters, read once. Unbounded,
     * a stem repeated in one long word ("beschouwbeschouw…") made every occurrence read to the word's end.
     */
    private static final String SUFFIX = "\\p{L}{0,20}+";
    /** This letter, however it calls itself: "met deze brief", "met deze informatie", "met deze rapportage". */
    private static final String THIS_LETTER = "met\\s+deze\\s+(?:brief|informatie|notitie|rapportage|memo|beantwoording|raadsinformatiebrief)";
    static final Pattern CLAIM_NOT = Pattern.compile(
            "(?:beschouw" + SUFFIX + "|acht" + SUFFIX + ")\\s+(?:\\S++\\s++){0,3}?(?:de|deze)\\s+(?:motie|toezegging)" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?(?:nog\\s+)?niet\\s+(?:als\\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond)"
                    + "|(?:motie|toezegging)" + SUFFIX + "\\s+(?:is|zijn|wordt|worden|kan|kunnen)\\s+(?:hiermee\\s+|daarmee\\s+|dan\\s+ook\\s+)?(?:nog\\s+)?niet\\s+(?:worden\\s+)?(?:als\\s+)?(?:afgedaan|uitgevoerd|afgehandeld|afgerond)"
                    + "|(?:voert|voeren)\\s+(?:\\S++\\s++){0,3}?(?:de|deze)\\s+motie\\s+niet\\s+uit|\\bontraden\\s+wij\\s+de\\s+raad|niet\\s+als\\s+afgedaan"
                    + "|(?:de|deze)\\s+motie\\s+niet\\s+(?:uit\\s+te\\s+voeren|uitvoeren)"
                    + "|geen\\s+(?:mogelijkheid|mogelijkheden|ruimte|aanleiding)\\s+(?:\\S++\\s++){0,4}?(?:de|deze)\\s+motie\\s+(?:\\S++\\s++){0,3}?uit\\s+te\\s+voeren", ReadingContext.CI);
    static final Pattern CLAIM = Pattern.compile(
            "beschouw" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?(?:(?:de|deze|die|beide)\\s+)?(?:motie|moties|toezegging|toezeggingen)(?:\\s++\\S++){0,12}?\\s+(?:als\\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond|nagekomen|ingelost)"
                    + "|(?:motie|moties|toezegging|toezeggingen)\\s+(?:\\S++\\s++){0,4}?(?:is|zijn|wordt|worden)\\s+(?:hiermee|daarmee|hierbij|" + THIS_LETTER + ")\\s+(?:\\S++\\s++){0,2}?(?:afgedaan|afgehandeld|uitgevoerd|afgerond|ingelost|nagekomen)"
                    + "|(?:hiermee|daarmee|" + THIS_LETTER + ")\\s+(?:is|zijn|wordt|worden)\\s+(?:\\S++\\s++){0,6}?(?:motie|moties|toezegging|toezeggingen)" + SUFFIX + "(?:\\s++\\S++){0,12}?\\s+(?:afgedaan|afgehandeld|uitgevoerd|ingelost|nagekomen|afgerond)"
                    + "|(?:doe|doen|doet)\\s+(?:ik|wij|we|het\\s+college|het\\s+kabinet)\\s+(?:hiermee\\s+|hierbij\\s+|daarmee\\s+)?(?:aan\\s+)?(?:de|die|deze|mijn|onze|zijn|haar)\\s+(?:\\S++\\s++){0,2}?toezegging" + SUFFIX + "\\s+gestand"
                    + "|(?:kom|komen|komt)\\s+(?:ik|wij|we|het\\s+college)\\s+(?:hiermee\\s+|hierbij\\s+|daarmee\\s+)?(?:de|mijn|onze|deze|die)\\s+toezegging" + SUFFIX + "\\s+na"
                    + "|voldoe" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?(?:hiermee\\s+|daarmee\\s+)?aan\\s+(?:de|deze|uw)\\s+(?:motie|toezegging|verzoek)"
                    + "|(?:hiermee|daarmee|hierbij|" + THIS_LETTER + ")\\s+(?:is|wordt|zijn|worden)\\s+(?:\\S++\\s++){0,3}?uitvoering\\s+gegeven\\s+aan\\s+(?:de|deze|die)\\s+(?:motie|toezegging)"
                    + "|(?:motie|toezegging)" + SUFFIX + "\\s+(?:kan|kunnen)\\s+(?:hiermee|daarmee|dan\\s+ook)\\s+(?:als\\s+afgedaan\\s+)?(?:worden\\s+)?(?:afgedaan|afgesloten|beschouwd\\s+als\\s+afgedaan)"
                    + "|als\\s+(?:afgedaan|afgehandeld)\\s+te\\s+beschouwen|(?:motie|toezegging)" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?af\\s+te\\s+doen", ReadingContext.CI);
    static final Pattern POSTPONED = Pattern.compile(
            "\\buitstel\\b|\\bvertraging\\b|later\\s+dan\\s+(?:gepland|voorzien|toegezegd|verwacht|afgesproken)|nieuwe\\s+termijn|termijn\\s+(?:\\S++\\s++){0,2}?(?:verlengd|verschoven|verlengen|verschuiven|niet\\s+haalbaar|niet\\s+gehaald)"
                    + "|(?:lukt|gelukt)\\s+(?:het\\s+)?(?:ons\\s+|mij\\s+|niet\\s+)?(?:\\S++\\s++){0,3}?(?:niet\\s+)?(?:om\\s+)?(?:\\S++\\s++){0,4}?(?:tijdig|binnen\\s+de\\s+(?:gestelde\\s+)?termijn)"
                    + "|niet\\s+(?:\\S++\\s++){0,6}?(?:tijdig|binnen\\s+de\\s+(?:gestelde\\s+|afgesproken\\s+|toegezegde\\s+)?termijn)|meer\\s+tijd\\s+nodig|(?:wordt|is)\\s+(?:uitgesteld|verschoven|vertraagd)"
                    + "|\\b(?:schuiven|schuift|verschuiven)\\s+(?:\\S++\\s++){0,5}?op\\s+naar|\\bop\\s+te\\s+schuiven\\b", ReadingContext.CI);
    static final Pattern PROGRESS = Pattern.compile(
            "\\bvoortgang|stand\\s+van\\s+zaken|tussenrapportage|tussenstand|informeren\\s+(?:wij|ik)\\s+(?:u|uw\\s+raad|uw\\s+kamer|de\\s+raad)"
                    + "|informeert\\s+het\\s+college|informeer\\s+ik|(?:u|uw\\s+raad|uw\\s+kamer)\\s+(?:\\S++\\s++){0,3}?geïnformeerd|ter\\s+informatie|loopt\\s+nog|zijn\\s+(?:wij|we)\\s+gestart"
                    + "|houden\\s+(?:wij|we|ik)\\s+(?:u|uw\\s+raad|uw\\s+kamer|de\\s+raad)\\s+op\\s+de\\s+hoogte"
                    + "|(?:wij|we|ik)\\s+houden\\s+(?:u|uw\\s+raad|uw\\s+kamer|de\\s+raad)\\s+op\\s+de\\s+hoogte",
            ReadingContext.CI);

    /**
     * A sentence that restates what a motion asked ("In deze motie wordt de regering verzocht … te informeren over de
     * voortgang"): its words are the motion's, not the letter's, so they say nothing of progress or delay.
     */
    private static final Pattern RESTATED_REQUEST = Pattern.compile(
            "\\b(?:wordt|werd|worden|werden)\\s++(?:\\S++\\s++){0,8}?(?:verzocht|gevraagd|opgeroepen|opgedragen)\\b"
                    + "|\\b(?:verzoekt|vraagt|verzoeken)\\s++(?:de|het|uw|u)\\b", ReadingContext.CI);

    private static final Pattern PROMISE_ACTION = Pattern.compile(
            "informeer|informeren|geïnformeerd|geinformeerd|in\\s+kennis|rapporteer|rapportage|terugkomen|terug\\s+te\\s+komen|\\bterug\\b|evaluatie|evalueren|geëvalueerd"
                    + "|voortgangsbrief|ontvangt\\s+(?:u|uw\\s+raad|de\\s+raad|uw\\s+kamer)|toesturen|toezenden|sturen|zenden|voornemens|voorleggen|\\bvoor\\s+te\\s+leggen"
                    + "|besluit\\s+(?:\\S++\\s++){0,2}?genomen|(?:nemen|neemt)\\s+(?:\\S++\\s++){0,3}?besluit|aanbieden|toelichten|presenteren\\s+(?:wij|ik)"
                    + "|\\baf\\s+te\\s+(?:doen|ronden)\\b|\\bafronden\\b", ReadingContext.CI);
    private static final Pattern PROMISE_EXCLUDED = Pattern.compile(
            "\\b(?:hierbij|hiermee|middels\\s+deze\\s+brief|met\\s+deze\\s+brief|in\\s+deze\\s+brief|als\\s+volgt)\\b|toegezegd"
                    + "|\\b(?:heb|hebben|heeft|had|hadden)\\b.{0,80}?\\b(?:geïnformeerd|geinformeerd|gerapporteerd|toegestuurd|gestuurd|gezonden|aangeboden|geëvalueerd|voorgelegd)\\b"
                    + "|\\b(?:informeerden|informeerde|rapporteerden|stuurden|zonden)\\b", ReadingContext.CI);
    private static final Pattern PROMISE_FUTURE = Pattern.compile(
            "\\b(?:zal|zullen|zult|gaan|gaat|ga|wordt|worden|volgt|volgen|voornemens|ontvangt|ontvangen|verwacht|verwachten|komende?|straks|binnenkort|later|spoedig|zodra|na\\s+afloop)\\b",
            ReadingContext.CI);
    private static final Pattern ANAPHOR = Pattern.compile("^(?:hierover|daarover|hiervan|daarvan|daarna|hierna|hiervoor|daarvoor)\\b", ReadingContext.CI);

    private final ReadingContext ctx;

    DischargeAndPromises(ReadingContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Not discharged if any sentence says so; else claimed, postponed or progress, whichever a sentence says first. A
     * sentence restating the motion's request counts for a claim but not for progress or delay.
     */
    Sourced<Discharge> discharge(List<Sentence> prose) {
        Sourced<Discharge> progress = null;
        Sourced<Discharge> postponed = null;
        Sourced<Discharge> claimed = null;
        for (Sentence s : prose) {
            ctx.tick();
            if (s.text().strip().endsWith("?")) {
                continue; // a question asserts nothing: "Voert u de motie niet uit?"
            }
            if (ctx.finds(CLAIM_NOT, s.text())) {
                return new Sourced<>(Discharge.NOT_DISCHARGED, s.span());
            }
            if (claimed == null && ctx.finds(CLAIM, s.text())) {
                claimed = new Sourced<>(Discharge.CLAIMED, s.span());
            }
            if (ctx.finds(RESTATED_REQUEST, s.text())) {
                continue;
            }
            if (postponed == null && ctx.finds(POSTPONED, s.text())) {
                postponed = new Sourced<>(Discharge.POSTPONED, s.span());
            }
            if (progress == null && ctx.finds(PROGRESS, s.text())) {
                progress = new Sourced<>(Discharge.PROGRESS, s.span());
            }
        }
        if (claimed != null) {
            return claimed;
        }
        if (postponed != null) {
            return postponed;
        }
        return progress;
    }

    /**
     * Sentences that say something will be done (an action, in the future, not done by this letter itself), runs of
     * them in one paragraph as one promise, each with its due date counted from the letter's date.
     */
    List<Promise> promises(List<Sentence> prose, LocalDate letterDate) {
        List<Promise> result = new ArrayList<>();
        int n = prose.size();
        boolean[] promise = new boolean[n];
        for (int i = 0; i < n; i++) {
            ctx.tick();
            String s = prose.get(i).text();
            if (s.length() > 1500) {
                continue;
            }
            boolean action = ctx.finds(PROMISE_ACTION, s);
            boolean excluded = ctx.finds(PROMISE_EXCLUDED, s);
            boolean future = ctx.finds(PROMISE_FUTURE, s) || ctx.finds(ANAPHOR, s)
                    || DutchDateText.dueDate(ctx.guard(s), LocalDate.of(2000, 1, 1)).isPresent();
            promise[i] = action && !excluded && future;
        }
        for (int i = 0; i < n; i++) {
            ctx.tick();
            if (!promise[i]) {
                continue;
            }
            int first = i;
            if (ctx.finds(ANAPHOR, prose.get(i).text()) && i > 0 && !promise[i - 1]
                    && prose.get(i - 1).paragraph() == prose.get(i).paragraph()) {
                first = i - 1;
            }
            int last = i;
            while (last + 1 < n && promise[last + 1] && prose.get(last + 1).paragraph() == prose.get(i).paragraph()) {
                last++;
            }
            StringBuilder text = new StringBuilder();
            for (int k = first; k <= last; k++) {
                text.append(k > first ? " " : "").append(prose.get(k).text());
            }
            Optional<DutchDateText.DueDate> due = Optional.empty();
            for (int k = first; k <= last && due.isEmpty(); k++) {
                due = DutchDateText.dueDate(ctx.guard(prose.get(k).text()), letterDate);
            }
            Span span = new Span(prose.get(first).span().start(), prose.get(last).span().end());
            if (due.isEmpty() && letterDate == null
                    && DutchDateText.dueDate(ctx.guard(text), LocalDate.of(2000, 1, 1)).isPresent()) {
                ctx.warn("reader.warning.noYear", abbreviate(text.toString()));
            }
            result.add(new Promise(text.toString(), due.map(DutchDateText.DueDate::date).orElse(null),
                    due.map(DutchDateText.DueDate::phrase).orElse(null), span));
            i = last;
        }
        return result;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
