package nl.motiemonitor.follow;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Volg per e-mail": what to follow (as on the page it was sent from) and how. {@code target} with {@code body}
 * (slug), {@code item} (a motion's or commitment's number in its URL), {@code party} or {@code search} (a search's
 * query string; {@code body} then is the body of /{body}/zoeken, if any).
 */
class SubscribeForm {

    @NotNull(message = "{follow.subscribe.target.required}")
    private Target target;

    private String body;
    private String item;
    private String party;
    private String search;

    @NotBlank(message = "{follow.subscribe.email.required}")
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{follow.subscribe.email.invalid}")
    @Size(max = 254, message = "{follow.subscribe.email.tooLong}")
    private String email;

    @NotNull(message = "{follow.subscribe.frequency.required}")
    private Frequency frequency = Frequency.EVENT;

    public Target getTarget() {
        return target;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }
}
