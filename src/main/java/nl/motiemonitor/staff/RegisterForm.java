package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.importing.ReadDocument.ItemKind;

/**
 * The clerk's choices on the register's preview: a field per column, the kind of rows without one, publishing, and
 * whether rows that put an item whose discharge is proposed back in progress reject that proposal.
 */
class RegisterForm {

    private List<String> columns = new ArrayList<>();
    private String defaultKind = "motion";
    private boolean publish;
    private boolean rejectDischarges;

    static RegisterForm of(List<RegisterField> fields) {
        RegisterForm form = new RegisterForm();
        form.columns = new ArrayList<>(fields.stream().map(RegisterField::formValue).toList());
        return form;
    }

    /** The field of each of {@code count} columns; a column left out or unknown is ignored. */
    List<RegisterField> fields(int count) {
        List<RegisterField> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            fields.add(i < columns.size() ? RegisterField.fromFormValue(columns.get(i)).orElse(RegisterField.IGNORE)
                    : RegisterField.IGNORE);
        }
        return fields;
    }

    ItemKind kind() {
        return "commitment".equals(defaultKind) ? ItemKind.COMMITMENT : ItemKind.MOTION;
    }

    public List<String> getColumns() {
        return columns;
    }

    public void setColumns(List<String> columns) {
        this.columns = columns == null ? new ArrayList<>() : new ArrayList<>(columns);
    }

    public String getDefaultKind() {
        return defaultKind;
    }

    public void setDefaultKind(String defaultKind) {
        this.defaultKind = defaultKind;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public boolean isRejectDischarges() {
        return rejectDischarges;
    }

    public void setRejectDischarges(boolean rejectDischarges) {
        this.rejectDischarges = rejectDischarges;
    }
}
