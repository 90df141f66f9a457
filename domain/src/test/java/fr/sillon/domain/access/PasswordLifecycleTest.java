package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14, point 4: a chosen password's rules and a provisional password's life. */
class PasswordLifecycleTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 4, 10, 0);

    private static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).getKey();
    }

    @ParameterizedTest(name = "« {0} » is refused as common")
    @ValueSource(strings = {"motdepasse123", "Motdepasse2026!", "AZERTYUIOP123", "azertyuiopqsdf", "123456789012",
            "!!Password1234", "sillon2026sillon2026", "aaaaaaaaaaaaaa", "abababababab", "Mot de passe 2026",
            "Bienvenue2026!!", "Soleil-123456", "abcabcabcabc"})
    void aCommonPasswordIsRefusedWhateverItsCaseAndItsDigits(String common) {
        assertEquals("access.password.common", key(() -> AccountRules.chosenPassword(common, common, "someone")));
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        AccountRules.chosenPassword("poireaux sous la serre", "poireaux sous la serre", "encadrant");
        AccountRules.chosenPassword("douze-carac!", "douze-carac!", null); // exactly 12
    }

    @Test
    void lengthBoundaries() {
        assertEquals("access.password.tooShort", key(() -> AccountRules.chosenPassword("onze-carac!", "onze-carac!", "x")));
        String max = "Récolte des poireaux, ".repeat(6).substring(0, 128); // 128 code points
        AccountRules.chosenPassword(max, max, null);
        String over = max + "w";
        assertEquals("access.password.tooLong", key(() -> AccountRules.chosenPassword(over, over, null)));
        assertEquals("access.password.tooShort", key(() -> AccountRules.chosenPassword(null, null, null)));
    }

    @Test
    void thePasswordMayNotContainTheLogin() {
        assertEquals("access.password.containsLogin",
                key(() -> AccountRules.chosenPassword("Le-Floch.Kevin-2026", "Le-Floch.Kevin-2026", "kevin")));
        AccountRules.chosenPassword("une serre de tomates", "une serre de tomates", "ab"); // a 2-letter login is ignored
    }

    @Test
    void bothEntriesMustBeTheSame() {
        assertEquals("access.password.mismatch",
                key(() -> AccountRules.chosenPassword("poireaux sous la serre", "poireaux sous la serr", "x")));
    }

    @Test
    void aProvisionalPasswordOpensTheAccountSevenDaysThenNoMore() {
        UserAccount u = new UserAccount("amina", "h0", "Amina Diallo", Role.PARTICIPANT, null);
        assertFalse(u.isProvisional());
        u.changePassword("h1", T, true);
        assertTrue(u.isProvisional());
        assertEquals(T.plusDays(7), u.getProvisionalUntil());
        assertFalse(u.isProvisionalExpired(T.plusDays(7).minusNanos(1000)), "the last microsecond of the 7th day");
        assertTrue(u.isProvisionalExpired(T.plusDays(7)), "the 7 days are over");
        assertEquals(T, u.getPasswordChangedAt());
        u.changePassword("h2", T.plusDays(1), false);
        assertFalse(u.isProvisional(), "a password of one's own is not provisional");
        assertFalse(u.isProvisionalExpired(T.plusYears(3)));
        assertEquals("h2", u.getPasswordHash());
    }

    @Test
    void aNewPasswordLiftsALockAndMovesTheChangeDate() {
        UserAccount u = new UserAccount("amina", "h0", "Amina Diallo", Role.PARTICIPANT, null);
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            u.recordFailedLogin(T);
        }
        assertTrue(u.isLocked(T));
        u.changePassword("h1", T.plusMinutes(1), true);
        assertFalse(u.isLocked(T.plusMinutes(1)));
        assertEquals(T.plusMinutes(1), u.getPasswordChangedAt());
    }
}
