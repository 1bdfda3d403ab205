package nl.motiemonitor.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.body.BodyKind;

/** An administrator registers a body. */
class NewBodyForm {

    @NotBlank(message = "Vul het adresdeel in, bijvoorbeeld den-haag.")
    @Size(max = 60, message = "Het adresdeel is hoogstens 60 tekens lang.")
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$",
            message = "Gebruik kleine letters en cijfers, met losse streepjes ertussen, bijvoorbeeld den-haag.")
    private String slug;

    @NotBlank(message = "Vul de naam in, bijvoorbeeld Gemeente Den Haag.")
    @Size(max = 200, message = "Een naam is hoogstens 200 tekens lang.")
    private String name;

    @NotNull(message = "Kies de soort bestuursorgaan.")
    private BodyKind kind;

    @Pattern(regexp = "^$|^(GM|PV|WS)[0-9]{4}$",
            message = "Een CBS-code is GM, PV of WS gevolgd door vier cijfers, bijvoorbeeld GM0518. Laat leeg als er geen is.")
    private String cbsCode;

    @NotBlank(message = "Kies een huisstijl.")
    private String theme = "voorbeeld";

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public void setCbsCode(String cbsCode) {
        this.cbsCode = cbsCode == null ? null : cbsCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
