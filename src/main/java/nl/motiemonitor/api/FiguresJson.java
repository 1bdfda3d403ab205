package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The figures of a body's dashboard, or of the national one (with the comparison of bodies). */
@Schema(name = "Figures", description = "De cijfers van het overzicht van een bestuursorgaan, of van het landelijke "
        + "overzicht (dan met de vergelijking van bestuursorganen). Alleen openbare onderdelen tellen mee.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record FiguresJson(
        @Schema(description = "De dag waarvoor de cijfers gelden (datum in Nederland).", requiredMode = REQUIRED)
        LocalDate date,
        @Schema(description = "Id van het bestuursorgaan; ontbreekt bij de landelijke cijfers.")
        @JsonProperty("organization_id") Long organizationId,
        @Schema(description = "Per status: hoeveel moties en toezeggingen, en hoeveel daarvan nu te laat.",
                requiredMode = REQUIRED) List<StatusFigure> statuses,
        @Schema(description = "Nu te laat.", requiredMode = REQUIRED) long late,
        @Schema(description = "Binnen 30 dagen aan de beurt.", requiredMode = REQUIRED) @JsonProperty("due_soon")
        long dueSoon,
        @Schema(description = "Wacht op besluit van de raad (Staten, Kamer, algemeen bestuur).",
                requiredMode = REQUIRED) @JsonProperty("awaiting_decision") long awaitingDecision,
        @Schema(description = "Wat te laat is, het meest eerst (ten hoogste 50).", requiredMode = REQUIRED)
        @JsonProperty("late_items") List<Item> lateItems,
        @Schema(description = "Voorstellen tot afdoening die op de raad wachten, oudste eerst (ten hoogste 50).",
                requiredMode = REQUIRED) @JsonProperty("awaiting_decision_items") List<Item> awaitingDecisionItems,
        @Schema(description = "Afgedaan of voorgesteld terwijl dezelfde brief nog iets beloofde dat openstaat (ten "
                + "hoogste 50).", requiredMode = REQUIRED) @JsonProperty("discharged_while_promised")
        List<Item> dischargedWhilePromised,
        @Schema(description = "Aangenomen en afgedane moties per kwartaal, de laatste 12 kwartalen.",
                requiredMode = REQUIRED) List<Quarter> quarters,
        @Schema(description = "Tijdigheid: hoeveel op tijd is beantwoord, en hoe lang afdoening duurt.",
                requiredMode = REQUIRED) Timeliness timeliness,
        @Schema(description = "Per portefeuillehouder (ten hoogste 50).", requiredMode = REQUIRED)
        @JsonProperty("per_portfolio_holder") List<Group> perPortfolioHolder,
        @Schema(description = "Per afdeling (ten hoogste 50).", requiredMode = REQUIRED) @JsonProperty("per_department")
        List<Group> perDepartment,
        @Schema(description = "Moties per fractie van de indieners (ten hoogste 50).", requiredMode = REQUIRED)
        @JsonProperty("per_party") List<Group> perParty,
        @Schema(description = "Moties die per verzoek worden gevolgd, geteld per verzoek.", requiredMode = REQUIRED)
        Requests requests,
        @Schema(description = "Alleen landelijk: elk bestuursorgaan met openbare onderdelen, vergeleken.")
        List<Comparison> comparison) {

    @Schema(name = "StatusFigure", description = "Aantallen met één status.")
    record StatusFigure(
            @Schema(description = "De status.", allowableValues = {"open", "in-behandeling", "afdoening-voorgesteld",
                    "afgedaan", "vervallen"}, requiredMode = REQUIRED) String status,
            @Schema(description = "De status in woorden.", requiredMode = REQUIRED) @JsonProperty("status_label")
            String statusLabel,
            @Schema(description = "Moties.", requiredMode = REQUIRED) long motions,
            @Schema(description = "Toezeggingen.", requiredMode = REQUIRED) long commitments,
            @Schema(description = "Daarvan nu te laat.", requiredMode = REQUIRED) long late) {
    }

    @Schema(name = "FigureItem", description = "Een motie of toezegging in een lijst van het overzicht.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            @Schema(description = "Soort onderdeel.", allowableValues = {"motion", "commitment"},
                    requiredMode = REQUIRED) @JsonProperty("item_type") String itemType,
            @Schema(description = "Vast id.", requiredMode = REQUIRED) long id,
            @Schema(description = "Het onderdeel in de API.", format = "uri", requiredMode = REQUIRED) String url,
            @Schema(description = "De openbare pagina.", format = "uri", requiredMode = REQUIRED) String page,
            @Schema(description = "Titel zoals het overzicht die toont.", requiredMode = REQUIRED) String name,
            @Schema(description = "Status.", allowableValues = {"open", "in-behandeling", "afdoening-voorgesteld",
                    "afgedaan", "vervallen"}, requiredMode = REQUIRED) String status,
            @Schema(description = "Geldende termijn.") @JsonProperty("due_date") LocalDate dueDate,
            @Schema(description = "Waar de lijst over gaat: dagen te laat, dagen te laat voorgesteld, of het aantal "
                    + "beloften dat openstaat.", requiredMode = REQUIRED) long days,
            @Schema(description = "Verantwoordelijke: portefeuillehouder, afdeling.") String responsible,
            @Schema(description = "Toelichting, zoals 'te laat voorgesteld (3 dagen)'.") String note) {
    }

    @Schema(name = "Quarter", description = "Eén kwartaal.")
    record Quarter(
            @Schema(description = "Jaar.", requiredMode = REQUIRED) int year,
            @Schema(description = "Kwartaal, 1 tot en met 4.", requiredMode = REQUIRED) int quarter,
            @Schema(description = "Moties aangenomen.", requiredMode = REQUIRED) long adopted,
            @Schema(description = "Moties afgedaan.", requiredMode = REQUIRED) long discharged) {
    }

    @Schema(name = "Timeliness", description = "Van de onderdelen met een termijn die beantwoord zijn of nu te laat: "
            + "hoeveel op of vóór de termijn beantwoord.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeliness(
            @Schema(description = "Onderdelen waarvan de termijn op de proef is gesteld.", requiredMode = REQUIRED)
            long judged,
            @Schema(description = "Daarvan op tijd beantwoord.", requiredMode = REQUIRED)
            @JsonProperty("answered_in_time") long answeredInTime,
            @Schema(description = "Percentage op tijd, afgerond; ontbreekt als er nog niets te beoordelen is.")
            @JsonProperty("percent_in_time") Long percentInTime,
            @Schema(description = "Mediaan aantal dagen van aannemen tot afdoening; ontbreekt zonder afdoening.")
            @JsonProperty("median_days") Double medianDays,
            @Schema(description = "Onderdelen met een verlengde termijn.", requiredMode = REQUIRED) long extended) {
    }

    @Schema(name = "GroupFigure", description = "Open, te late en afgedane onderdelen van één groep.")
    record Group(
            @Schema(description = "De groep: portefeuillehouder, afdeling of fractie.", requiredMode = REQUIRED)
            String name,
            @Schema(description = "Niet afgedaan of vervallen.", requiredMode = REQUIRED) long open,
            @Schema(description = "Nu te laat.", requiredMode = REQUIRED) long late,
            @Schema(description = "Afgedaan.", requiredMode = REQUIRED) long discharged) {
    }

    @Schema(name = "RequestFigures", description = "Moties die per verzoek worden gevolgd.")
    record Requests(
            @Schema(description = "Moties die per verzoek worden gevolgd.", requiredMode = REQUIRED) long motions,
            @Schema(description = "Hun verzoeken.", requiredMode = REQUIRED) long requests,
            @Schema(description = "Verzoeken afgedaan.", requiredMode = REQUIRED) long discharged,
            @Schema(description = "Verzoeken nu te laat.", requiredMode = REQUIRED) long late,
            @Schema(description = "Moties deels afgedaan.", requiredMode = REQUIRED)
            @JsonProperty("partly_discharged") long partlyDischarged) {
    }

    @Schema(name = "Comparison", description = "Eén bestuursorgaan in de landelijke vergelijking.")
    record Comparison(
            @Schema(description = "Slug van het bestuursorgaan.", requiredMode = REQUIRED) String slug,
            @Schema(description = "Het bestuursorgaan in de API.", format = "uri", requiredMode = REQUIRED) String url,
            @Schema(description = "Zijn openbare pagina.", format = "uri", requiredMode = REQUIRED) String page,
            @Schema(description = "Naam.", requiredMode = REQUIRED) String name,
            @Schema(description = "Soort bestuursorgaan.", allowableValues = {"municipality", "province",
                    "water_board", "parliament"}, requiredMode = REQUIRED) String classification,
            @Schema(description = "Niet afgedaan of vervallen.", requiredMode = REQUIRED) long open,
            @Schema(description = "Nu te laat.", requiredMode = REQUIRED) long late,
            @Schema(description = "Wacht op besluit van de raad.", requiredMode = REQUIRED)
            @JsonProperty("awaiting_decision") long awaitingDecision,
            @Schema(description = "Afgedaan.", requiredMode = REQUIRED) long discharged,
            @Schema(description = "Tijdigheid.", requiredMode = REQUIRED) Timeliness timeliness) {
    }
}
