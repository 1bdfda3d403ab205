package nl.motiemonitor.account;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A login attempt refused, before the password was checked, because of too many recent failures. */
class LoginThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long minutes;

    LoginThrottledException(Duration wait) {
        super("Too many failed login attempts");
        this.minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Whole minutes to wait, rounded up; at least 1. */
    long minutes() {
        return minutes;
    }
}
