package fr.sillon.domain.pathway;

import static fr.sillon.domain.pathway.ContractKind.INITIAL;
import static fr.sillon.domain.pathway.ContractKind.RENEWAL;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.CddiRules.PersonFacts;
import fr.sillon.domain.pathway.CddiRules.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CddiRulesTest {
    static final LocalDate START = LocalDate.of(2025, 1, 15);
    static final PersonFacts ORDINARY = new PersonFacts(LocalDate.of(1990, 6, 1), false);

    static String key(Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertFalse(e.getMessage().startsWith("pathway."), "French message exists for " + e.getKey());
        return e.getKey();
    }

    static Term term(ContractKind kind, LocalDate start, LocalDate end, ContractException exception, LocalDate trainingEnd) {
        return new Term(kind, start, end, new BigDecimal("26"), exception, trainingEnd, false, null);
    }

    /** Initial 6-month contract then renewals of {@code months} each, contiguous. */
    static List<Term> chain(int... months) {
        List<Term> terms = new ArrayList<>();
        LocalDate s = START;
        for (int i = 0; i < months.length; i++) {
            LocalDate e = Periods.lastDayAfterMonths(s, months[i]);
            terms.add(Term.of(i == 0 ? INITIAL : RENEWAL, s, e, "26"));
            s = e.plusDays(1);
        }
        return terms;
    }

    static LocalDate nextStart(List<Term> terms) {
        return terms.get(terms.size() - 1).plannedEnd().plusDays(1);
    }

    @Nested
    class MinimumDuration {
        @Test
        void exactlyFourMonthsDateToDateIsAccepted() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(),
                    Term.of(INITIAL, START, LocalDate.of(2025, 5, 14), "26"), ORDINARY));
        }

        @Test
        void oneDayShortOfFourMonthsIsRefused() {
            assertEquals("pathway.contract.belowMinimum", key(() -> CddiRules.checkNew(List.of(),
                    Term.of(INITIAL, START, LocalDate.of(2025, 5, 13), "26"), ORDINARY)));
        }

        @Test
        void sentenceAdjustmentAllowsShorterContract() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(),
                    term(INITIAL, START, LocalDate.of(2025, 2, 14), ContractException.SENTENCE_ADJUSTMENT, null), ORDINARY));
        }

        @Test
        void renewalsMayBeShorterThanFourMonths() {
            List<Term> existing = chain(6);
            LocalDate s = nextStart(existing);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, Term.of(RENEWAL, s, s.plusMonths(1).minusDays(1), "26"), ORDINARY));
        }

        @Test
        void endBeforeStartIsRefused() {
            assertEquals("pathway.contract.endBeforeStart", key(() -> CddiRules.checkNew(List.of(),
                    Term.of(INITIAL, START, START.minusDays(1), "26"), ORDINARY)));
        }
    }

    @Nested
    class Sequence {
        @Test
        void firstContractMustBeInitial() {
            assertEquals("pathway.contract.firstMustBeInitial", key(() -> CddiRules.checkNew(List.of(),
                    Term.of(RENEWAL, START, START.plusMonths(6), "26"), ORDINARY)));
        }

        @Test
        void secondInitialIsRefused() {
            List<Term> existing = chain(6);
            LocalDate s = nextStart(existing);
            assertEquals("pathway.contract.initialAlreadySigned", key(() -> CddiRules.checkNew(existing,
                    Term.of(INITIAL, s, s.plusMonths(6), "26"), ORDINARY)));
        }

        @Test
        void renewalMustStartTheDayAfterThePreviousEnd() {
            List<Term> existing = chain(6);
            LocalDate s = nextStart(existing);
            assertEquals("pathway.contract.renewalNotContiguous", key(() -> CddiRules.checkNew(existing,
                    Term.of(RENEWAL, s.plusDays(1), s.plusMonths(6), "26"), ORDINARY)));
            assertEquals("pathway.contract.renewalNotContiguous", key(() -> CddiRules.checkNew(existing,
                    Term.of(RENEWAL, s.minusDays(1), s.plusMonths(6), "26"), ORDINARY)));
        }
    }

    @Nested
    class TwentyFourMonths {
        @Test
        void initialOfExactly24MonthsIsAccepted() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(),
                    Term.of(INITIAL, START, LocalDate.of(2027, 1, 14), "26"), ORDINARY));
        }

        @Test
        void initialOneDayBeyond24MonthsIsRefused() {
            assertEquals("pathway.contract.beyond24Months", key(() -> CddiRules.checkNew(List.of(),
                    Term.of(INITIAL, START, LocalDate.of(2027, 1, 15), "26"), ORDINARY)));
        }

        @Test
        void renewalsUpTo24MonthsAreAcceptedAndOneDayMoreIsRefused() {
            List<Term> existing = chain(6, 6, 6);
            LocalDate s = nextStart(existing);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, Term.of(RENEWAL, s, LocalDate.of(2027, 1, 14), "26"), ORDINARY));
            assertEquals("pathway.contract.beyond24Months", key(() -> CddiRules.checkNew(existing,
                    Term.of(RENEWAL, s, LocalDate.of(2027, 1, 15), "26"), ORDINARY)));
        }

        @Test
        void sentenceAdjustmentDoesNotExtendBeyond24Months() {
            List<Term> existing = chain(6, 6, 6);
            LocalDate s = nextStart(existing);
            assertEquals("pathway.contract.beyond24Months", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, LocalDate.of(2027, 2, 14), ContractException.SENTENCE_ADJUSTMENT, null), ORDINARY)));
        }

        @Test
        void exceptionDoesNotAllowAnInitialContractBeyond24Months() {
            assertEquals("pathway.contract.beyond24Months", key(() -> CddiRules.checkNew(List.of(),
                    term(INITIAL, START, LocalDate.of(2027, 6, 1), ContractException.PARTICULAR_DIFFICULTIES, null), ORDINARY)));
        }
    }

    @Nested
    class TrainingInProgress {
        final List<Term> existing = chain(12, 12);
        final LocalDate s = nextStart(existing);

        @Test
        void renewalUpToTheEndOfTheTrainingIsAccepted() {
            LocalDate trainingEnd = s.plusMonths(5);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, trainingEnd, ContractException.TRAINING_IN_PROGRESS, trainingEnd), ORDINARY));
        }

        @Test
        void renewalOneDayAfterTheEndOfTheTrainingIsRefused() {
            LocalDate trainingEnd = s.plusMonths(5);
            assertEquals("pathway.contract.beyondTrainingEnd", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, trainingEnd.plusDays(1), ContractException.TRAINING_IN_PROGRESS, trainingEnd), ORDINARY)));
        }

        @Test
        void trainingEndIsRequired() {
            assertEquals("pathway.contract.trainingEndRequired", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, s.plusMonths(2), ContractException.TRAINING_IN_PROGRESS, null), ORDINARY)));
        }
    }

    @Nested
    class SeniorOrRqth {
        final List<Term> existing = chain(12, 12);
        final LocalDate s = nextStart(existing);

        @Test
        void rqthAllowsTwelveMonthStep() {
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, Periods.lastDayAfterMonths(s, 12), ContractException.SENIOR_OR_RQTH, null),
                    new PersonFacts(LocalDate.of(1990, 1, 1), true)));
        }

        @Test
        void stepAboveTwelveMonthsIsRefused() {
            assertEquals("pathway.contract.stepAbove12Months", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, Periods.lastDayAfterMonths(s, 12).plusDays(1), ContractException.SENIOR_OR_RQTH, null),
                    new PersonFacts(LocalDate.of(1990, 1, 1), true))));
        }

        @Test
        void fiftyOnTheRenewalStartIsEnough() {
            PersonFacts fifty = new PersonFacts(s.minusYears(50), false);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, s.plusMonths(6), ContractException.SENIOR_OR_RQTH, null), fifty));
        }

        @Test
        void fiftyTheDayAfterIsNotEnough() {
            PersonFacts almostFifty = new PersonFacts(s.minusYears(50).plusDays(1), false);
            assertEquals("pathway.contract.seniorOrRqthNotMet", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, s.plusMonths(6), ContractException.SENIOR_OR_RQTH, null), almostFifty)));
        }

        @Test
        void unknownBirthDateAndNoRqthIsRefused() {
            assertEquals("pathway.contract.seniorOrRqthNotMet", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, s.plusMonths(6), ContractException.SENIOR_OR_RQTH, null), new PersonFacts(null, false))));
        }
    }

    @Nested
    class ParticularDifficulties {
        @Test
        void stepsOfTwelveMonthsUpTo60MonthsAreAccepted() {
            List<Term> existing = chain(12, 12, 12, 12);
            LocalDate s = nextStart(existing);
            assertEquals(LocalDate.of(2029, 1, 15), s);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, LocalDate.of(2030, 1, 14), ContractException.PARTICULAR_DIFFICULTIES, null), ORDINARY));
        }

        @Test
        void oneDayBeyond60MonthsIsRefused() {
            List<Term> existing = new ArrayList<>(chain(12, 12, 12, 12));
            existing.add(Term.of(RENEWAL, LocalDate.of(2029, 1, 15), LocalDate.of(2029, 12, 31), "26"));
            LocalDate s = LocalDate.of(2030, 1, 1);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, LocalDate.of(2030, 1, 14), ContractException.PARTICULAR_DIFFICULTIES, null), ORDINARY));
            assertEquals("pathway.contract.beyond60Months", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, LocalDate.of(2030, 1, 15), ContractException.PARTICULAR_DIFFICULTIES, null), ORDINARY)));
        }

        @Test
        void stepAboveTwelveMonthsIsRefused() {
            List<Term> existing = chain(12, 12);
            LocalDate s = nextStart(existing);
            assertEquals("pathway.contract.stepAbove12Months", key(() -> CddiRules.checkNew(existing,
                    term(RENEWAL, s, s.plusMonths(12), ContractException.PARTICULAR_DIFFICULTIES, null), ORDINARY)));
        }
    }

    @Nested
    class WeeklyHours {
        Term withHours(String hours, boolean derogation, String reference) {
            return new Term(INITIAL, START, START.plusMonths(6), new BigDecimal(hours), ContractException.NONE, null,
                    derogation, reference);
        }

        @Test
        void twentyHoursIsTheMinimum() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("20", false, null), ORDINARY));
            assertEquals("pathway.contract.hoursBelowMinimum",
                    key(() -> CddiRules.checkNew(List.of(), withHours("19.99", false, null), ORDINARY)));
        }

        @Test
        void derogationWithReferenceAllowsFewerHours() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("15", true, "Arrêté 2025-042"), ORDINARY));
        }

        @Test
        void derogationWithoutReferenceIsRefused() {
            assertEquals("pathway.contract.derogationReferenceRequired",
                    key(() -> CddiRules.checkNew(List.of(), withHours("15", true, " "), ORDINARY)));
        }

        @Test
        void thirtyFiveHoursIsTheMaximumEvenWithDerogation() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("35", false, null), ORDINARY));
            assertEquals("pathway.contract.hoursAboveLegal",
                    key(() -> CddiRules.checkNew(List.of(), withHours("35.5", true, "x"), ORDINARY)));
        }

        @Test
        void zeroHoursIsRefused() {
            assertEquals("pathway.contract.hoursRequired",
                    key(() -> CddiRules.checkNew(List.of(), withHours("0", true, "x"), ORDINARY)));
        }
    }
}
