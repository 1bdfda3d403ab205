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

    @NotBlank(message = "{account.body.slug.required}")
    @Size(max = 60, message = "{account.body.slug.tooLong}")
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$",
            message = "{account.body.slug.pattern}")
    private String slug;

    @NotBlank(message = "{account.body.name.required}")
    @Size(max = 200, message = "{account.body.name.tooLong}")
    private String name;

    @NotNull(message = "{account.body.kind.required}")
    private BodyKind kind;

    @Pattern(regexp = "^$|^(GM|PV|WS)[0-9]{4}$",
            message = "{account.body.cbsCode.pattern}")
    private String cbsCode;

    @NotBlank(message = "{account.body.theme.required}")
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
