package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The lock-out rule: five failures in a row lock the account for fifteen minutes; a success starts the count again. */
class UserAccountTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 9, 0);

    static UserAccount account() {
        return new UserAccount("test", "hash", "Test", Role.SUPERVISOR, null);
    }

    static void fail(UserAccount a, int times) {
        for (int i = 0; i < times; i++) {
            a.recordFailedLogin(NOW);
        }
    }

    @Test
    void fourFailuresLeaveTheAccountOpen() {
        UserAccount a = account();
        fail(a, 4);
        assertFalse(a.isLocked(NOW));
        assertEquals(4, a.getFailedLogins());
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        UserAccount a = account();
        fail(a, 5);
        assertTrue(a.isLocked(NOW));
        assertTrue(a.isLocked(NOW.plusMinutes(15).minusSeconds(1)), "still locked a second before 15 minutes");
        assertFalse(a.isLocked(NOW.plusMinutes(15)), "open again after exactly 15 minutes");
        assertEquals(NOW.plusMinutes(15), a.getLockedUntil());
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        UserAccount a = account();
        fail(a, 4);
        a.recordSuccessfulLogin(NOW);
        fail(a, 4);
        assertFalse(a.isLocked(NOW), "4 + success + 4 is not five in a row");
        assertEquals(NOW, a.getLastLoginAt());
    }

    @Test
    void anAccountNeverFailedIsOpen() {
        assertFalse(account().isLocked(NOW));
    }
}
