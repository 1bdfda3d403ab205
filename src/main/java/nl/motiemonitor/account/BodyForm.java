package nl.motiemonitor.account;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.body.BodyChange;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;

/**
 * An administrator registers a body or changes one. Every message starts with the field's label, so the error
 * summary at the top of the page says which field it is about.
 */
class BodyForm {

    @NotBlank(message = "Adresdeel: vul het adresdeel in, bijvoorbeeld den-haag.")
    @Size(max = 60, message = "Adresdeel: hoogstens 60 tekens.")
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$",
            message = "Adresdeel: gebruik kleine letters en cijfers, met losse streepjes ertussen, bijvoorbeeld den-haag.")
    private String slug;

    @NotBlank(message = "Naam: vul de naam in, bijvoorbeeld Gemeente Den Haag.")
    @Size(max = 200, message = "Naam: hoogstens 200 tekens.")
    private String name;

    @NotNull(message = "Soort: kies de soort bestuursorgaan.")
    private BodyKind kind;

    @Pattern(regexp = "^$|^(GM|PV|WS)[0-9]{4}$",
            message = "CBS-code: GM, PV of WS gevolgd door vier cijfers, bijvoorbeeld GM0518. Laat leeg als er geen is.")
    private String cbsCode;

    @NotBlank(message = "Huisstijl: kies een huisstijl.")
    private String theme = "voorbeeld";

    /** The version of the body the form was opened on; only when changing one. */
    private Long version;

    static BodyForm of(BodyView body, long version) {
        BodyForm form = new BodyForm();
        form.setSlug(body.slug());
        form.setName(body.name());
        form.setKind(body.kind());
        form.setCbsCode(body.cbsCode());
        form.setTheme(body.theme());
        form.setVersion(version);
        return form;
    }

    BodyChange toChange() {
        return new BodyChange(slug, name, kind, cbsCode, theme);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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
        this.cbsCode = cbsCode == null ? null : cbsCode.toUpperCase(Locale.ROOT);
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
