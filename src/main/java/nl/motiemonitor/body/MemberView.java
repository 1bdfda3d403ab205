package nl.motiemonitor.body;

/** A council member as pages show them: "Kuik (CDA)". */
public record MemberView(Long id, String name, String party) {

    public String display() {
        return party == null ? name : name + " (" + party + ")";
    }
}
