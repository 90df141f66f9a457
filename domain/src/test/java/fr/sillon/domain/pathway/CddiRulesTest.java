package fr.sillon.domain.pathway;

import static fr.sillon.domain.pathway.ContractKind.INITIAL;
import static fr.sillon.domain.pathway.ContractKind.RENEWAL;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.CddiRules.Context;
import fr.sillon.domain.pathway.CddiRules.PersonFacts;
import fr.sillon.domain.pathway.CddiRules.Settings;
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
                    new Term(INITIAL, START, LocalDate.of(2027, 6, 1), new BigDecimal("26"), ContractException.PARTICULAR_DIFFICULTIES, null, null, false, null, DECISION), ORDINARY)));
        }
    }

    static final ProlongationDecision DECISION = new ProlongationDecision(ProlongationDecision.Decider.PRESCRIBER,
            "France Travail Rennes — M. Le Goff", LocalDate.of(2026, 12, 1), "Bilan du 28/11/2026 : projet confirmé");

    static Term prolongation(LocalDate start, LocalDate end, ContractException exception) {
        return new Term(RENEWAL, start, end, new BigDecimal("26"), exception, null, null, false, null, DECISION);
    }

    @Nested
    class TrainingInProgress {
        final List<Term> existing = chain(12, 12);
        final LocalDate s = nextStart(existing); // 15/01/2027; previous contract ends 14/01/2027

        Term training(LocalDate end, LocalDate trainingStart, LocalDate trainingEnd) {
            return new Term(RENEWAL, s, end, new BigDecimal("26"), ContractException.TRAINING_IN_PROGRESS,
                    trainingStart, trainingEnd, false, null, null);
        }

        @Test
        void renewalUpToTheEndOfTheTrainingIsAccepted() {
            LocalDate trainingEnd = s.plusMonths(5);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, training(trainingEnd, s.minusMonths(2), trainingEnd), ORDINARY));
        }

        @Test
        void renewalOneDayAfterTheEndOfTheTrainingIsRefused() {
            LocalDate trainingEnd = s.plusMonths(5);
            assertEquals("pathway.contract.beyondTrainingEnd", key(() -> CddiRules.checkNew(existing,
                    training(trainingEnd.plusDays(1), s.minusMonths(2), trainingEnd), ORDINARY)));
        }

        @Test
        void trainingDatesAreRequired() {
            assertEquals("pathway.contract.trainingDatesRequired", key(() -> CddiRules.checkNew(existing,
                    training(s.plusMonths(2), null, s.plusMonths(3)), ORDINARY)));
            assertEquals("pathway.contract.trainingDatesRequired", key(() -> CddiRules.checkNew(existing,
                    training(s.plusMonths(2), s.minusMonths(1), null), ORDINARY)));
        }

        /** L5132-15-1: the training must be under way at the end of the contract (14/01/2027). */
        @Test
        void trainingMustHaveBegunByTheLastDayOfTheContract() {
            LocalDate lastDay = s.minusDays(1);
            LocalDate end = s.plusMonths(3);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, training(end, lastDay.minusDays(1), end), ORDINARY));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, training(end, lastDay, end), ORDINARY));
            assertEquals("pathway.contract.trainingNotInProgress", key(() -> CddiRules.checkNew(existing,
                    training(end, lastDay.plusDays(1), end), ORDINARY)));
        }

        @Test
        void trainingFinishedOnTheLastDayOfTheContractIsNotInProgress() {
            LocalDate lastDay = s.minusDays(1);
            assertEquals("pathway.contract.trainingNotInProgress", key(() -> CddiRules.checkNew(existing,
                    training(lastDay.plusDays(1), lastDay.minusMonths(3), lastDay), ORDINARY)));
        }
    }

    /** R5132-1-8, 2° a: 50 or more, within 84 months of parcours. */
    @Nested
    class Senior {
        final List<Term> existing = chain(12, 12);
        final LocalDate s = nextStart(existing);
        final PersonFacts fifty = new PersonFacts(s.minusYears(50), false);

        @Test
        void fiftyOnTheRenewalStartIsEnough() {
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, prolongation(s, s.plusMonths(6), ContractException.SENIOR), fifty));
        }

        @Test
        void fiftyTheDayAfterIsNotEnough() {
            PersonFacts almostFifty = new PersonFacts(s.minusYears(50).plusDays(1), false);
            assertEquals("pathway.contract.seniorNotMet", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, s.plusMonths(6), ContractException.SENIOR), almostFifty)));
        }

        @Test
        void rqthDoesNotMakeASenior() {
            assertEquals("pathway.contract.seniorNotMet", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, s.plusMonths(6), ContractException.SENIOR), new PersonFacts(null, true))));
        }

        @Test
        void upTo84MonthsThenStop() {
            // 15/01/2025 + 84 months → last day 14/01/2032
            List<Term> long_ = new ArrayList<>(chain(12, 12, 12, 12, 12, 12));
            LocalDate start = nextStart(long_); // 15/01/2031
            Context noCap = new Context(Parcours.ofSingleStay(long_), List.of(), new Settings(null));
            assertDoesNotThrow(() -> CddiRules.checkNew(long_,
                    prolongation(start, LocalDate.of(2032, 1, 14), ContractException.SENIOR), fifty, noCap));
            assertEquals("pathway.contract.beyondTotal", key(() -> CddiRules.checkNew(long_,
                    prolongation(start, LocalDate.of(2032, 1, 15), ContractException.SENIOR), fifty, noCap)));
        }

        @Test
        void perDecisionCapIsASettingNotALaw() {
            Term eighteen = prolongation(s, Periods.lastDayAfterMonths(s, 18), ContractException.SENIOR);
            assertEquals("pathway.contract.stepAboveSetting", key(() -> CddiRules.checkNew(existing, eighteen, fifty)));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, eighteen, fifty,
                    new Context(Parcours.ofSingleStay(existing), List.of(), new Settings(null))));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    prolongation(s, Periods.lastDayAfterMonths(s, 12), ContractException.SENIOR), fifty));
        }
    }

    /** R5132-1-8, 2° b: RQTH, within 60 months of parcours. */
    @Nested
    class Rqth {
        final PersonFacts rqth = new PersonFacts(LocalDate.of(1990, 1, 1), true);

        @Test
        void rqthIsRequired() {
            List<Term> existing = chain(12, 12);
            LocalDate s = nextStart(existing);
            assertEquals("pathway.contract.rqthNotMet", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, s.plusMonths(6), ContractException.RQTH), ORDINARY)));
            assertEquals("pathway.contract.rqthNotMet", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, s.plusMonths(6), ContractException.RQTH), new PersonFacts(s.minusYears(60), false))));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, prolongation(s, s.plusMonths(6), ContractException.RQTH), rqth));
        }

        @Test
        void upTo60MonthsThenStop() {
            List<Term> existing = new ArrayList<>(chain(12, 12, 12, 12));
            LocalDate s = nextStart(existing); // 15/01/2029; 60 months end 14/01/2030
            Context noCap = new Context(Parcours.ofSingleStay(existing), List.of(), new Settings(null));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    prolongation(s, LocalDate.of(2030, 1, 13), ContractException.RQTH), rqth, noCap));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    prolongation(s, LocalDate.of(2030, 1, 14), ContractException.RQTH), rqth, noCap));
            assertEquals("pathway.contract.beyondTotal", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, LocalDate.of(2030, 1, 15), ContractException.RQTH), rqth, noCap)));
        }
    }

    /** L5132-15-1, R5132-1-8: who decided, when, on what bilan. */
    @Nested
    class Decision {
        final List<Term> existing = chain(12, 12);
        final LocalDate s = nextStart(existing);
        final PersonFacts rqth = new PersonFacts(LocalDate.of(1990, 1, 1), true);

        Term with(ProlongationDecision d) {
            return new Term(RENEWAL, s, s.plusMonths(6), new BigDecimal("26"), ContractException.RQTH, null, null,
                    false, null, d);
        }

        @Test
        void decisionIsRequired() {
            assertEquals("pathway.contract.decisionRequired", key(() -> CddiRules.checkNew(existing, with(null), rqth)));
            assertEquals("pathway.contract.decisionRequired", key(() -> CddiRules.checkNew(existing,
                    with(new ProlongationDecision(ProlongationDecision.Decider.PRESCRIBER, " ", s, "bilan")), rqth)));
            assertEquals("pathway.contract.decisionRequired", key(() -> CddiRules.checkNew(existing,
                    with(new ProlongationDecision(ProlongationDecision.Decider.PRESCRIBER, "FT", null, "bilan")), rqth)));
        }

        @Test
        void bilanIsRequired() {
            assertEquals("pathway.contract.bilanRequired", key(() -> CddiRules.checkNew(existing,
                    with(new ProlongationDecision(ProlongationDecision.Decider.PRESCRIBER, "FT", s, "")), rqth)));
        }

        @Test
        void decisionOnTheDayOfTheStartIsAcceptedTheDayAfterIsNot() {
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    with(new ProlongationDecision(ProlongationDecision.Decider.PRESCRIBER, "FT", s, "bilan")), rqth));
            assertEquals("pathway.contract.decisionAfterStart", key(() -> CddiRules.checkNew(existing,
                    with(new ProlongationDecision(ProlongationDecision.Decider.PRESCRIBER, "FT", s.plusDays(1), "bilan")), rqth)));
        }

        @Test
        void theStructureDecidesOnlyForADirectHiring() {
            ProlongationDecision byAci = new ProlongationDecision(ProlongationDecision.Decider.STRUCTURE, "Directrice", s, "bilan");
            assertEquals("pathway.contract.structureDecisionOnlyDirectHiring",
                    key(() -> CddiRules.checkNew(existing, with(byAci), rqth)));
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, with(byAci),
                    new PersonFacts(LocalDate.of(1990, 1, 1), true, true)));
        }

        @Test
        void trainingNeedsNoDecision() {
            assertDoesNotThrow(() -> CddiRules.checkNew(existing, new Term(RENEWAL, s, s.plusMonths(2), new BigDecimal("26"),
                    ContractException.TRAINING_IN_PROGRESS, s.minusMonths(1), s.plusMonths(2), false, null, null), ORDINARY));
        }
    }

    /** L5132-15-1, b: decisions of at most 12 months, up to 60 months. */
    @Nested
    class ParticularDifficulties {
        @Test
        void stepsOfTwelveMonthsUpTo60MonthsAreAccepted() {
            List<Term> existing = chain(12, 12, 12, 12);
            LocalDate s = nextStart(existing);
            assertEquals(LocalDate.of(2029, 1, 15), s);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    prolongation(s, LocalDate.of(2030, 1, 14), ContractException.PARTICULAR_DIFFICULTIES), ORDINARY));
        }

        @Test
        void oneDayBeyond60MonthsIsRefused() {
            List<Term> existing = new ArrayList<>(chain(12, 12, 12, 12));
            existing.add(Term.of(RENEWAL, LocalDate.of(2029, 1, 15), LocalDate.of(2029, 12, 31), "26"));
            LocalDate s = LocalDate.of(2030, 1, 1);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    prolongation(s, LocalDate.of(2030, 1, 14), ContractException.PARTICULAR_DIFFICULTIES), ORDINARY));
            assertEquals("pathway.contract.beyondTotal", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, LocalDate.of(2030, 1, 15), ContractException.PARTICULAR_DIFFICULTIES), ORDINARY)));
        }

        @Test
        void stepAboveTwelveMonthsIsRefusedWhateverTheSetting() {
            List<Term> existing = chain(12, 12);
            LocalDate s = nextStart(existing);
            assertDoesNotThrow(() -> CddiRules.checkNew(existing,
                    prolongation(s, Periods.lastDayAfterMonths(s, 12), ContractException.PARTICULAR_DIFFICULTIES), ORDINARY));
            assertEquals("pathway.contract.stepAbove12Months", key(() -> CddiRules.checkNew(existing,
                    prolongation(s, s.plusMonths(12), ContractException.PARTICULAR_DIFFICULTIES), ORDINARY,
                    new Context(Parcours.ofSingleStay(existing), List.of(), new Settings(null)))));
        }
    }

    /** R5132-1-2, R5132-1-4, R5132-1-3: the parcours spans stays and is pushed back by suspensions. */
    @Nested
    class AcrossStays {
        // first stay: 15/01/2025 → 14/01/2026 (12 months), exit that day
        final List<Term> firstStay = chain(12);
        final LocalDate exit = LocalDate.of(2026, 1, 14);

        Parcours parcours(LocalDate entry, boolean decision, List<SuspensionRules.Suspension> suspensions) {
            return Parcours.of(List.of(new Parcours.Stay(START, exit, false, firstStay),
                    new Parcours.Stay(entry, null, decision, List.of())), suspensions);
        }

        @Test
        void aStayWithinTwoYearsContinuesTheParcours() {
            // back on 15/07/2026 after 6 months outside: the 24 months end on 14/01/2027 + those 181 days
            LocalDate entry = LocalDate.of(2026, 7, 15);
            Parcours p = parcours(entry, false, List.of());
            assertEquals(START, p.start());
            assertEquals(1, p.earlierStays());
            // 15/01/2026 … 14/07/2026 outside any contract: 181 days
            assertEquals(181, p.withNextContractStart(entry).pushBackDays());
            LocalDate limit = LocalDate.of(2027, 1, 14).plusDays(181);
            assertEquals(limit, p.withNextContractStart(entry).limit(24));
            Context c = new Context(p, List.of(), null);
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), Term.of(INITIAL, entry, limit, "26"), ORDINARY, c));
            assertEquals("pathway.contract.beyond24Months", key(() -> CddiRules.checkNew(List.of(),
                    Term.of(INITIAL, entry, limit.plusDays(1), "26"), ORDINARY, c)));
        }

        @Test
        void twoYearsBoundary() {
            // exit 14/01/2026: 2 years « de date à date » from 15/01/2026 end on 14/01/2028
            assertEquals(1, parcours(LocalDate.of(2028, 1, 13), false, List.of()).earlierStays());
            assertEquals(1, parcours(LocalDate.of(2028, 1, 14), false, List.of()).earlierStays());
            assertEquals(0, parcours(LocalDate.of(2028, 1, 15), false, List.of()).earlierStays());
            assertNull(parcours(LocalDate.of(2028, 1, 15), false, List.of()).start(), "new parcours, no contract yet");
        }

        @Test
        void aPrescribersDecisionStartsANewParcours() {
            Parcours p = parcours(LocalDate.of(2026, 7, 15), true, List.of());
            assertEquals(0, p.earlierStays());
            assertNull(p.start());
        }

        @Test
        void suspensionsOfMoreThan15DaysPushTheLimitBack() {
            LocalDate entry = LocalDate.of(2026, 1, 15); // contiguous: no gap
            var sixteen = new SuspensionRules.Suspension(1L, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 16), SuspensionReason.SICKNESS);
            var fifteen = new SuspensionRules.Suspension(1L, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 15), SuspensionReason.SICKNESS);
            assertEquals(0, parcours(entry, false, List.of()).pushBackDays());
            assertEquals(0, parcours(entry, false, List.of(fifteen)).pushBackDays());
            assertEquals(16, parcours(entry, false, List.of(sixteen)).pushBackDays());
            assertEquals(16, parcours(entry, false, List.of(sixteen, fifteen)).pushBackDays());
        }
    }

    /** D5132-43-5: below 20 h only within a préfet's derogation of at most 12 months. */
    @Nested
    class WeeklyHours {
        final HoursDerogationRules.Period derogation = new HoursDerogationRules.Period("Arrêté 2025-042", START,
                Periods.lastDayAfterMonths(START, 12), null);

        Term withHours(String hours, boolean derogation, String reference) {
            return new Term(INITIAL, START, Periods.lastDayAfterMonths(START, 6), new BigDecimal(hours),
                    ContractException.NONE, null, derogation, reference);
        }

        Context with(HoursDerogationRules.Period... d) {
            return new Context(Parcours.ofSingleStay(List.of()), List.of(d), null);
        }

        @Test
        void twentyHoursIsTheMinimum() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("20", false, null), ORDINARY));
            assertEquals("pathway.contract.hoursBelowMinimum",
                    key(() -> CddiRules.checkNew(List.of(), withHours("19.99", false, null), ORDINARY)));
        }

        @Test
        void derogationInForceAllowsFewerHours() {
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("15", true, "Arrêté 2025-042"), ORDINARY,
                    with(derogation)));
        }

        @Test
        void noDerogationRecordedIsRefused() {
            assertEquals("pathway.contract.noDerogationInForce",
                    key(() -> CddiRules.checkNew(List.of(), withHours("15", true, "Arrêté 2025-042"), ORDINARY)));
        }

        @Test
        void contractBeyondTheDerogationIsRefusedUnlessProlonged() {
            var shortOne = new HoursDerogationRules.Period("A", START, Periods.lastDayAfterMonths(START, 6).minusDays(1), null);
            assertEquals("pathway.contract.beyondDerogation", key(() -> CddiRules.checkNew(List.of(),
                    withHours("15", true, "A"), ORDINARY, with(shortOne))));
            var exact = new HoursDerogationRules.Period("A", START, Periods.lastDayAfterMonths(START, 6), null);
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("15", true, "A"), ORDINARY, with(exact)));
            var prolonged = new HoursDerogationRules.Period("A", START, START.plusMonths(1), START.plusMonths(8));
            assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), withHours("15", true, "A"), ORDINARY, with(prolonged)));
        }

        @Test
        void derogationWithoutReferenceIsRefused() {
            assertEquals("pathway.contract.derogationReferenceRequired",
                    key(() -> CddiRules.checkNew(List.of(), withHours("15", true, " "), ORDINARY, with(derogation))));
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

    /** Point 14: a CDDI starting on the 30th counts its 4 months to the end of February. */
    @Test
    void minimumAtMonthEnds() {
        LocalDate s = LocalDate.of(2025, 10, 30);
        assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), Term.of(INITIAL, s, LocalDate.of(2026, 2, 28), "26"), ORDINARY));
        assertEquals("pathway.contract.belowMinimum", key(() -> CddiRules.checkNew(List.of(),
                Term.of(INITIAL, s, LocalDate.of(2026, 2, 27), "26"), ORDINARY)));
        LocalDate leap = LocalDate.of(2027, 10, 31);
        assertEquals("pathway.contract.belowMinimum", key(() -> CddiRules.checkNew(List.of(),
                Term.of(INITIAL, leap, LocalDate.of(2028, 2, 28), "26"), ORDINARY)));
        assertDoesNotThrow(() -> CddiRules.checkNew(List.of(), Term.of(INITIAL, leap, LocalDate.of(2028, 2, 29), "26"), ORDINARY));
    }
}
