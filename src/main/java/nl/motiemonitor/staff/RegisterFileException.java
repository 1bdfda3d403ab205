package nl.motiemonitor.staff;

/** A register file that cannot be read: {@code code} is the clerk's message ({@code staff.register.file.*}). */
class RegisterFileException extends Exception {

    private final String code;
    private final transient Object[] arguments;

    RegisterFileException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
