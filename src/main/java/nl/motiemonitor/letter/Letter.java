package nl.motiemonitor.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.ElementCollections;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Version;

/** A letter of the executive to the council. */
@Entity
@Audited
@Table(name = "letters")
class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long bodyId;

    private LocalDate sentOn;
    private String subject;
    private String reference;
    private String registrationNumber;
    private String yourReference;
    private String addressee;
    private String contactName;
    private String department;
    private String unit;
    private String phone;
    private String email;
    private Integer attachmentCount;
    private String sender;
    private String fullText;

    @Column(nullable = false)
    private boolean published;

    @Version
    private long version;

    /** Where a harvest brought it from (V35); null when a clerk typed it in. Not audited, no new version. */
    @NotAudited
    @Embedded
    @OptimisticLock(excluded = true)
    private ItemSource source;

    @ElementCollection
    @CollectionTable(name = "letter_signatories", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    private List<Signatory> signatories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "letter_footnotes", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    private List<LetterFootnote> footnotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "letter_items", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    private List<LetterAnswer> answers = new ArrayList<>();

    protected Letter() {
    }

    static Letter register(LetterDraft draft) {
        Letter letter = new Letter();
        letter.bodyId = Objects.requireNonNull(draft.bodyId(), "bodyId");
        letter.apply(draft);
        return letter;
    }

    /** A clerk's correction or completion; the body stays. */
    void revise(LetterDraft draft) {
        apply(draft);
    }

    LetterDraft toDraft() {
        return new LetterDraft(bodyId, sentOn, subject, reference, registrationNumber, yourReference, addressee,
                contactName, department, unit, phone, email, attachmentCount, sender, fullText, List.copyOf(signatories),
                List.copyOf(footnotes), List.copyOf(answers), published);
    }

    private void apply(LetterDraft draft) {
        this.sentOn = draft.sentOn();
        this.subject = draft.subject();
        this.reference = draft.reference();
        this.registrationNumber = draft.registrationNumber();
        this.yourReference = draft.yourReference();
        this.addressee = draft.addressee();
        this.contactName = draft.contactName();
        this.department = draft.department();
        this.unit = draft.unit();
        this.phone = draft.phone();
        this.email = draft.email();
        this.attachmentCount = draft.attachmentCount();
        this.sender = draft.sender();
        this.fullText = draft.fullText();
        this.published = draft.published();
        ElementCollections.replace(signatories, List.copyOf(draft.signatories()));
        List<String> paragraphs = Paragraphs.of(draft.fullText());
        for (LetterFootnote footnote : draft.footnotes()) {
            if (footnote.paragraph() >= paragraphs.size()
                    || !paragraphs.get(footnote.paragraph()).contains(footnote.anchor())) {
                throw new DomainRuleViolation("rule.letter.footnoteAnchorMissing", footnote.marker(), footnote.anchor(),
                        String.valueOf(footnote.paragraph() + 1));
            }
        }
        ElementCollections.replace(footnotes, List.copyOf(draft.footnotes()));
        Set<ItemId> seen = new HashSet<>();
        for (LetterAnswer answer : draft.answers()) {
            if (!seen.add(answer.item())) {
                throw new DomainRuleViolation("rule.letter.itemAnsweredTwice");
            }
        }
        ElementCollections.replace(answers, List.copyOf(draft.answers()));
    }

    long version() {
        return version;
    }

    ItemSource source() {
        return source;
    }

    /** Records where the letter came from, as the harvest saw it last. */
    void recordSource(ItemSource harvested) {
        this.source = harvested;
    }

    Long id() {
        return id;
    }

    Long bodyId() {
        return bodyId;
    }

    LocalDate sentOn() {
        return sentOn;
    }

    String subject() {
        return subject;
    }

    String reference() {
        return reference;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    String yourReference() {
        return yourReference;
    }

    String addressee() {
        return addressee;
    }

    String contactName() {
        return contactName;
    }

    String department() {
        return department;
    }

    String unit() {
        return unit;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    Integer attachmentCount() {
        return attachmentCount;
    }

    String sender() {
        return sender;
    }

    String fullText() {
        return fullText;
    }

    boolean published() {
        return published;
    }

    List<Signatory> signatories() {
        return Collections.unmodifiableList(signatories);
    }

    List<LetterFootnote> footnotes() {
        return Collections.unmodifiableList(footnotes);
    }

    List<LetterAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }
}
