package fr.sillon.domain.pathway;

import static fr.sillon.domain.pathway.ImmersionObjective.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.PmsmpRules.Convention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PmsmpRulesTest {
    static final String HOST = PmsmpRules.hostKey("Maraîchage Dupont", null);
    static final LocalDate D = LocalDate.of(2025, 3, 10);

    static Convention conv(Long id, String host, LocalDate start, LocalDate end, ImmersionObjective o, Long renewalOf) {
        return new Convention(id, host, start, end, o, renewalOf);
    }

    static String key(List<Convention> existing, Convention proposed) {
        DomainException e = assertThrows(DomainException.class, () -> PmsmpRules.checkNew(existing, proposed));
        assertFalse(e.getMessage().startsWith("pathway."), "French message exists for " + e.getKey());
        return e.getKey();
    }

    @Test
    void oneMonthDateToDateIsTheMaximum() {
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(), conv(null, HOST, D, LocalDate.of(2025, 4, 9), DISCOVER_TRADE, null)));
        assertEquals("pathway.pmsmp.aboveOneMonth", key(List.of(), conv(null, HOST, D, LocalDate.of(2025, 4, 10), DISCOVER_TRADE, null)));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertEquals("pathway.pmsmp.endBeforeStart", key(List.of(), conv(null, HOST, D, D.minusDays(1), DISCOVER_TRADE, null)));
    }

    @Test
    void hostKeyIgnoresCaseAndBlanksAndPrefersSiret() {
        assertEquals(PmsmpRules.hostKey("  maraîchage   DUPONT ", null), HOST);
        assertEquals("12345678900011", PmsmpRules.hostKey("Autre nom", "123 456 789 00011"));
    }

    static Convention withOutcome(Convention c, ImmersionOutcome outcome) {
        return new Convention(c.id(), c.hostKey(), c.start(), c.end(), c.objective(), c.renewalOfId(),
                c.objectiveDetail(), outcome);
    }

    static Convention detailed(Long id, String host, LocalDate start, LocalDate end, ImmersionObjective o, String detail) {
        return new Convention(id, host, start, end, o, null, detail, null);
    }

    @Test
    void renewalOnceWithSameHostAndObject() {
        Convention first = withOutcome(conv(1L, HOST, D, D.plusDays(13), DISCOVER_TRADE, null), ImmersionOutcome.NOT_MET);
        LocalDate rs = D.plusDays(14);
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(first), conv(null, HOST, rs, rs.plusDays(13), DISCOVER_TRADE, 1L)));
        assertEquals("pathway.pmsmp.renewalSameObjective",
                key(List.of(first), conv(null, HOST, rs, rs.plusDays(5), CONFIRM_PROJECT, 1L)));
        assertEquals("pathway.pmsmp.renewalSameHost",
                key(List.of(first), conv(null, "autre", rs, rs.plusDays(5), DISCOVER_TRADE, 1L)));
        assertEquals("pathway.pmsmp.renewalOfUnknown",
                key(List.of(first), conv(null, HOST, rs, rs.plusDays(5), DISCOVER_TRADE, 99L)));
    }

    /** Point 2 (D5135-3): a renewal lasts at most one month, whatever the length of the first convention. */
    @Test
    void renewalMayBeLongerThanTheFirstConventionUpToOneMonth() {
        Convention first = withOutcome(conv(1L, HOST, D, D.plusDays(4), DISCOVER_TRADE, null), ImmersionOutcome.PARTIALLY_MET);
        LocalDate rs = LocalDate.of(2025, 3, 31); // one month from 31/03 ends 30/04
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(first), conv(null, HOST, rs, LocalDate.of(2025, 4, 29), DISCOVER_TRADE, 1L)));
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(first), conv(null, HOST, rs, LocalDate.of(2025, 4, 30), DISCOVER_TRADE, 1L)));
        assertEquals("pathway.pmsmp.aboveOneMonth",
                key(List.of(first), conv(null, HOST, rs, LocalDate.of(2025, 5, 1), DISCOVER_TRADE, 1L)));
    }

    /** Point 9 (D5135-3): renewal only if the objectives were not reached, which must be recorded. */
    @Test
    void renewalOnlyIfTheObjectivesWereNotReached() {
        Convention base = conv(1L, HOST, D, D.plusDays(9), DISCOVER_TRADE, null);
        Convention renewal = conv(null, HOST, D.plusDays(10), D.plusDays(15), DISCOVER_TRADE, 1L);
        assertEquals("pathway.pmsmp.renewalOutcomeRequired", key(List.of(base), renewal));
        assertEquals("pathway.pmsmp.renewalObjectivesMet", key(List.of(withOutcome(base, ImmersionOutcome.OBJECTIVES_MET)), renewal));
        assertEquals("pathway.pmsmp.renewalObjectivesMet", key(List.of(withOutcome(base, ImmersionOutcome.HIRING_PROPOSED)), renewal));
        for (ImmersionOutcome o : List.of(ImmersionOutcome.NOT_MET, ImmersionOutcome.PARTIALLY_MET, ImmersionOutcome.INTERRUPTED)) {
            assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(withOutcome(base, o)), renewal), o.name());
        }
    }

    /** Point 3 (D5135-3): « des objets ou des objectifs différents ». */
    @Test
    void sameHostSameObjectButOtherPreciseObjectivesIsAccepted() {
        Convention a = detailed(1L, HOST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10), DISCOVER_TRADE,
                "Découvrir la vente sur les marchés");
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a), detailed(null, HOST, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 5), DISCOVER_TRADE, "Découvrir la préparation des paniers")));
        assertEquals("pathway.pmsmp.sameHostSameObjective", key(List.of(a), detailed(null, HOST, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 5), DISCOVER_TRADE, "  découvrir la VENTE sur   les marchés ")));
    }

    @Test
    void secondRenewalIsRefused() {
        Convention first = withOutcome(conv(1L, HOST, D, D.plusDays(9), DISCOVER_TRADE, null), ImmersionOutcome.NOT_MET);
        Convention renewal = conv(2L, HOST, D.plusDays(10), D.plusDays(19), DISCOVER_TRADE, 1L);
        LocalDate s = D.plusDays(20);
        assertEquals("pathway.pmsmp.renewedOnlyOnce",
                key(List.of(first, renewal), conv(null, HOST, s, s.plusDays(5), DISCOVER_TRADE, 1L)));
        assertEquals("pathway.pmsmp.renewedOnlyOnce",
                key(List.of(first, renewal), conv(null, HOST, s, s.plusDays(5), DISCOVER_TRADE, 2L)));
    }

    @Test
    void renewalMustFollowTheOriginal() {
        Convention first = conv(1L, HOST, D, D.plusDays(9), DISCOVER_TRADE, null);
        assertEquals("pathway.pmsmp.overlap", key(List.of(first), conv(null, HOST, D.plusDays(9), D.plusDays(12), DISCOVER_TRADE, 1L)));
    }

    @Test
    void sixtyDaysPerHostOverTwelveMonthsIncludingRenewals() {
        // 31 + 29 = 60 days: accepted
        Convention a = conv(1L, HOST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), DISCOVER_TRADE, null);
        Convention b = conv(null, HOST, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 29), CONFIRM_PROJECT, null);
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a), b));
        // 31 + 30 = 61 days: refused
        Convention c = conv(null, HOST, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), CONFIRM_PROJECT, null);
        assertEquals("pathway.pmsmp.sameHostAbove60Days", key(List.of(a), c));
        // renewal counts: 31 + 20 (renewal) + 10 = 61
        Convention r = conv(2L, HOST, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20), DISCOVER_TRADE, 1L);
        assertEquals("pathway.pmsmp.sameHostAbove60Days",
                key(List.of(a, r), conv(null, HOST, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 10), CONFIRM_PROJECT, null)));
    }

    @Test
    void daysOutsideTheTwelveMonthWindowDoNotCount() {
        Convention a = conv(1L, HOST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), DISCOVER_TRADE, null);
        // window ending 2025-12-31 starts 2025-01-01: 31 + 30 = 61 -> refused
        assertEquals("pathway.pmsmp.sameHostAbove60Days",
                key(List.of(a), conv(null, HOST, LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 31), CONFIRM_PROJECT, null)));
        // starting 2026-01-01, the 12-month window [2025-01-02, 2026-01-01]... holds 30 days of a + 30 -> 60 accepted
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a),
                conv(null, HOST, LocalDate.of(2025, 12, 3), LocalDate.of(2026, 1, 1), CONFIRM_PROJECT, null)));
    }

    @Test
    void atMostTwoConventionsWithTheSameHostOverTwelveMonths() {
        Convention a = conv(1L, HOST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 5), DISCOVER_TRADE, null);
        Convention b = conv(2L, HOST, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 5), CONFIRM_PROJECT, null);
        assertEquals("pathway.pmsmp.sameHostMoreThanTwo",
                key(List.of(a, b), conv(null, HOST, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2), START_RECRUITMENT, null)));
        // 12 months after the first one, only two conventions in any window
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a, b),
                conv(null, HOST, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 8), START_RECRUITMENT, null)));
        // another host is not concerned
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a, b),
                conv(null, "autre hôte", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), DISCOVER_TRADE, null)));
    }

    @Test
    void secondConventionWithTheSameHostNeedsAnotherObjective() {
        Convention a = conv(1L, HOST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10), DISCOVER_TRADE, null);
        assertEquals("pathway.pmsmp.sameHostSameObjective",
                key(List.of(a), conv(null, HOST, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5), DISCOVER_TRADE, null)));
        // last possible day within 12 months of the end of a: 2026-01-09
        assertEquals("pathway.pmsmp.sameHostSameObjective",
                key(List.of(a), conv(null, HOST, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 12), DISCOVER_TRADE, null)));
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a),
                conv(null, HOST, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12), DISCOVER_TRADE, null)));
    }

    @Test
    void overlappingImmersionsAreRefused() {
        Convention a = conv(1L, "autre", D, D.plusDays(10), DISCOVER_TRADE, null);
        assertEquals("pathway.pmsmp.overlap", key(List.of(a), conv(null, HOST, D.plusDays(10), D.plusDays(12), DISCOVER_TRADE, null)));
        assertDoesNotThrow(() -> PmsmpRules.checkNew(List.of(a), conv(null, HOST, D.plusDays(11), D.plusDays(12), DISCOVER_TRADE, null)));
    }
}
