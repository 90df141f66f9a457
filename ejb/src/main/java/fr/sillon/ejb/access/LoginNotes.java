package fr.sillon.ejb.access;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;

/**
 * What a password check of this request learnt beyond « valid or not », for the login page's message: the client
 * address is throttled, or the (right) provisional password has expired. Never told to anyone who did not type the
 * right password, apart from the address throttling, which is about the address.
 */
@RequestScoped
public class LoginNotes {
    private boolean provisionalExpired;
    private Duration throttledFor;
    private boolean secondFactorPending;

    void provisionalExpired() {
        provisionalExpired = true;
    }

    void throttled(Duration wait) {
        throttledFor = wait;
    }

    void secondFactorPending() {
        secondFactorPending = true;
    }

    /** The password was right and the account uses a second factor: the code page comes next. */
    public boolean isSecondFactorPending() {
        return secondFactorPending;
    }

    public boolean isProvisionalExpired() {
        return provisionalExpired;
    }

    /** How long the client address must wait, or null when it is not throttled. */
    public Duration getThrottledFor() {
        return throttledFor;
    }
}
