package nl.motiemonitor.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.letter.Signatory;

/** Who signed a letter, with their role; in the letter form and the import. */
class SignatoryRow {

    @NotBlank(groups = CompleteRows.class, message = "{staff.signatory.name.required}")
    @Size(max = 200, message = "{staff.signatory.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{staff.signatory.role.tooLong}")
    private String role;

    public SignatoryRow() {
    }

    SignatoryRow(String name, String role) {
        this.name = name;
        this.role = role;
    }

    static SignatoryRow of(Signatory signatory) {
        return new SignatoryRow(signatory.name(), signatory.role());
    }

    boolean isEmpty() {
        return name == null && role == null;
    }

    boolean hasName() {
        return name != null;
    }

    Signatory toSignatory() {
        return new Signatory(name, role);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
