package nl.motiemonitor.generator;

import java.util.SplittableRandom;

/**
 * Dutch sentences built from the vocabulary of municipal policy: subjects, places, actors, verbs and reasons. Not
 * real text, but real Dutch words in real inflections (singular and plural, verb forms), so the {@code dutch}
 * stemmer, stop words and ranking behave as they do on council documents.
 */
final class DutchText {

    static final String[] SUBJECTS = {
            "de woningbouw", "het armoedebeleid", "de jeugdzorg", "de fietspaden", "het zwembad", "de energietransitie",
            "het warmtenet", "de openbare verlichting", "het parkeerbeleid", "de sportaccommodaties", "de bibliotheek",
            "de mantelzorgers", "de schuldhulpverlening", "de laadpalen", "de zonnepanelen op daken", "het groenonderhoud",
            "de speeltuinen", "de verkeersveiligheid", "de huisvesting van statushouders", "de sociale huurwoningen",
            "de binnenstad", "de evenementen", "de afvalinzameling", "het zwerfafval", "de bomenkap", "de klimaatadaptatie",
            "de wateroverlast", "de dijkversterking", "de toegankelijkheid van gebouwen", "de eenzaamheid onder ouderen",
            "de laaggeletterdheid", "de kinderopvang", "de schoolgebouwen", "de Wmo-voorzieningen", "de Participatiewet",
            "de ondermijning", "het cameratoezicht", "de handhaving", "de kunst en cultuur", "het erfgoed",
            "de recreatie", "het toerisme", "het openbaar vervoer", "de buslijnen", "het wegonderhoud",
            "de bedrijventerreinen", "het winkelcentrum", "het marktplein", "de duurzaamheid", "de biodiversiteit",
            "de stikstofuitstoot", "de landbouw", "de windmolens", "de riolering", "het grondwater", "het drinkwater",
            "de digitale dienstverlening", "de privacy van inwoners", "de burgerparticipatie", "de wijkraden",
            "de dorpshuizen", "de verenigingen", "de vrijwilligers", "de sportverenigingen", "het jongerenwerk",
            "de preventie", "de gezondheid van inwoners", "de huisartsenzorg", "de arbeidsmarkt", "de werkgelegenheid",
            "de starterswoningen", "de woningcorporaties", "de leegstand", "de vergunningverlening", "de omgevingsvisie",
            "het bestemmingsplan", "de begroting", "de lokale lasten", "de onroerendezaakbelasting", "de reserves",
            "de subsidies", "de inkoop van zorg", "de dagbesteding", "de beschermd wonen", "de daklozenopvang",
            "de voedselbank", "het minimabeleid", "de kindregeling", "het leerlingenvervoer", "de voortijdig schoolverlaters",
            "het onderwijs", "de kinderboerderij", "de hondenbelasting", "de bermen", "de bijen en vlinders",
            "de geluidsoverlast", "de luchtkwaliteit", "het vuurwerk", "de jaarwisseling", "de horeca", "de terrassen",
            "de fietsenstallingen", "de snelheid op wegen", "de rotondes", "de oversteekplaatsen", "de schoolroutes",
            "de gemeentelijke monumenten", "het archief", "de dienstverlening aan het loket", "de wachtlijsten",
            "de jeugdhulp", "de pleegzorg", "de huiselijk geweld", "de veiligheid in wijken", "de boa's",
            "de polder", "de waterkering", "de gemalen", "de sloten en vaarten", "de waterkwaliteit", "de zuivering"};

    static final String[] PLACES = {
            "in de binnenstad", "in de wijken", "in de kernen", "in het buitengebied", "in de dorpen", "langs de rivier",
            "rond het station", "bij de scholen", "in de oude wijken", "in de nieuwbouwwijken", "op het bedrijventerrein",
            "in het centrum", "in de polder", "aan de rand van de stad", "in de regio", "in de provincie",
            "in ons land", "in de gemeente", "in de buurten met weinig groen", "rond het ziekenhuis"};

    static final String[] ACTORS = {
            "inwoners", "ondernemers", "ouderen", "jongeren", "gezinnen met kinderen", "mensen met een beperking",
            "huurders", "woningzoekenden", "statushouders", "mantelzorgers", "vrijwilligers", "scholieren",
            "studenten", "agrariërs", "winkeliers", "zorgaanbieders", "woningcorporaties", "maatschappelijke organisaties",
            "wijkbewoners", "fietsers", "voetgangers", "automobilisten", "bezoekers", "huishoudens met een laag inkomen"};

    static final String[] PROBLEMS = {
            "onder druk staat", "onvoldoende aandacht krijgt", "te weinig middelen heeft", "steeds duurder wordt",
            "achterblijft bij de ambities", "een belangrijke rol speelt in het dagelijks leven van %s",
            "voor veel %s een zorg is", "in de afgelopen jaren is verslechterd", "niet voor iedereen toegankelijk is",
            "tot klachten van %s leidt", "meer kost dan begroot", "een groeiend tekort kent",
            "volgens %s beter kan", "door %s als onveilig wordt ervaren", "nog niet is geregeld",
            "sterk afhankelijk is van subsidies", "de komende jaren verder zal toenemen", "niet bij %s bekend is"};

    static final String[] CONSIDERATIONS = {
            "het belangrijk is dat %s goed worden geïnformeerd over %s",
            "%s bijdraagt aan een leefbare en veilige omgeving",
            "andere gemeenten goede ervaringen hebben met een aanpak van %s",
            "de kosten van %s op termijn lager kunnen worden door tijdig te investeren",
            "%s een gezamenlijke verantwoordelijkheid is van gemeente, %s en maatschappelijke partners",
            "het college eerder heeft toegezegd %s te verbeteren",
            "de raad meerdere signalen heeft ontvangen over %s",
            "een duidelijke planning met meetbare doelen nodig is voor %s",
            "de uitvoering van %s vaak vertraging oploopt",
            "%s behoefte hebben aan duidelijkheid en zekerheid",
            "een integrale benadering van %s noodzakelijk is",
            "het rijk extra middelen beschikbaar stelt voor %s"};

    static final String[] OPINIONS = {
            "%s prioriteit verdient in het beleid", "de gemeente een voorbeeldfunctie heeft bij %s",
            "%s niet mag worden uitgesteld", "%s betaalbaar moet blijven voor %s",
            "de stem van %s zwaarder moet wegen bij %s", "investeren in %s zich terugbetaalt"};

    static final String[] REQUESTS = {
            "een plan van aanpak op te stellen voor %s en dit voor %s aan de raad voor te leggen",
            "in overleg met %s te onderzoeken hoe %s kan worden verbeterd",
            "de raad uiterlijk %s te informeren over de voortgang van %s",
            "bij de eerstvolgende begroting voorstellen te doen om %s te versterken",
            "de mogelijkheden te onderzoeken om %s samen met %s uit te voeren",
            "een evaluatie van %s uit te voeren en de resultaten met de raad te delen",
            "structureel middelen vrij te maken voor %s",
            "in gesprek te gaan met %s over %s en de raad hierover te rapporteren",
            "een pilot te starten met %s %s",
            "de regels voor %s te vereenvoudigen"};

    static final String[] DEADLINES = {
            "het einde van het jaar", "de zomer", "de behandeling van de voorjaarsnota", "de begrotingsbehandeling",
            "het eerste kwartaal", "1 juli", "1 januari", "de volgende commissievergadering"};

    static final String[] LETTER_OPENINGS = {
            "Met deze brief informeren wij u over", "Hierbij berichten wij u over",
            "In deze raadsinformatiebrief gaan wij in op", "Graag informeren wij u over de stand van zaken van",
            "Op verzoek van uw raad informeren wij u over"};

    static final String[] LETTER_SENTENCES = {
            "Wij hebben de afgelopen maanden met %s gesproken over %s.",
            "Uit deze gesprekken blijkt dat %s meer aandacht vraagt van %s.",
            "De uitvoering van %s ligt op schema en de kosten blijven binnen het budget.",
            "Door personele krapte is de uitvoering van %s vertraagd.",
            "Wij verwachten de werkzaamheden voor %s in het komende jaar af te ronden.",
            "In de bijlage vindt u een overzicht van de maatregelen voor %s %s.",
            "Samen met %s hebben wij een werkgroep ingesteld voor %s.",
            "De resultaten van het onderzoek naar %s worden na de zomer verwacht.",
            "Wij zijn van mening dat met de genomen maatregelen %s voldoende is verbeterd.",
            "Het budget voor %s is verhoogd met middelen uit de algemene reserve.",
            "Wij hebben %s via de website en de lokale krant geïnformeerd over %s.",
            "Voor %s is een aanbesteding gestart.",
            "Wij blijven de ontwikkelingen rond %s nauwlettend volgen.",
            "De gemeente werkt hierin samen met de regiogemeenten en de provincie."};

    static final String[] TITLE_HEADS = {
            "Meer aandacht voor", "Investeren in", "Onderzoek naar", "Verbeteren van", "Betaalbaar houden van",
            "Samen werken aan", "Plan van aanpak voor", "Veilig en toegankelijk:", "Toekomstbestendig maken van",
            "Evaluatie van", "Behoud van", "Duidelijkheid over", "Versterken van", "Eerlijke kansen in"};

    private DutchText() {
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** "de woningbouw" becomes "woningbouw" in titles. */
    static String bare(String subject) {
        if (subject.startsWith("de ") || subject.startsWith("het ")) {
            return subject.substring(subject.indexOf(' ') + 1);
        }
        return subject;
    }

    static String subject(SplittableRandom random) {
        return pick(random, SUBJECTS);
    }

    static String fill(SplittableRandom random, String template, String subject) {
        StringBuilder out = new StringBuilder(template.length() + 60);
        int from = 0;
        boolean first = true;
        int at;
        while ((at = template.indexOf("%s", from)) >= 0) {
            out.append(template, from, at);
            if (first) {
                out.append(subject);
                first = false;
            } else if (random.nextBoolean()) {
                out.append(pick(random, ACTORS));
            } else {
                out.append(random.nextInt(3) == 0 ? pick(random, DEADLINES) : pick(random, PLACES));
            }
            from = at + 2;
        }
        out.append(template, from, template.length());
        return out.toString();
    }

    static String title(SplittableRandom random, String subject) {
        String title = pick(random, TITLE_HEADS) + " " + bare(subject);
        return random.nextInt(3) == 0 ? title + " " + pick(random, PLACES) : title;
    }

    /** A clause as the council writes it after "constaterende dat", "verzoekt het college" and so on. */
    static String clause(SplittableRandom random, String kind, String subject) {
        String own = random.nextInt(3) == 0 ? subject(random) : subject;
        return switch (kind) {
            case "NOTING" -> own + " " + pick(random, PLACES) + " "
                    + pick(random, PROBLEMS).replace("%s", pick(random, ACTORS)) + ";";
            case "CONSIDERING" -> fill(random, pick(random, CONSIDERATIONS), own) + ";";
            case "OPINION" -> fill(random, pick(random, OPINIONS), own) + ";";
            default -> fill(random, pick(random, REQUESTS), own) + ";";
        };
    }

    static String sentence(SplittableRandom random, String subject) {
        String own = random.nextInt(4) == 0 ? subject(random) : subject;
        String text = fill(random, pick(random, LETTER_SENTENCES), own);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String commitment(SplittableRandom random, String subject) {
        String text = "Het college zegt toe " + fill(random, pick(random, REQUESTS), subject) + ".";
        return text;
    }
}
