package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Limits of a CDDI in an ACI, checked before a contract or a renewal is recorded. Durations are counted « de date à
 * date » (see {@link Periods}); the total limits apply to the parcours, across stays and pushed back by suspensions
 * (see {@link Parcours}). Every refusal names its article.
 * <ul>
 *   <li>the initial contract of a stay lasts at least 4 months, unless the person benefits from an aménagement de
 *       peine (L5132-15-1);</li>
 *   <li>renewals follow the previous contract without a gap, within 24 months of parcours in total (L5132-15-1);</li>
 *   <li>beyond 24 months only with a recorded exception: to finish a training already under way at the end of the
 *       contract, never past its end (L5132-15-1); 50 or more, up to 84 months (R5132-1-8, 2° a); RQTH, up to 60
 *       months (R5132-1-8, 2° b); particularly significant difficulties, decisions of at most 12 months, up to 60
 *       months (L5132-15-1, b). The last three need a decision of the prescriber — or of the ACI for a direct hiring
 *       — with its date and its bilan (L5132-15-1);</li>
 *   <li>at least 20 h a week unless a préfet's derogation covers the whole contract (D5132-43-5), never more than
 *       the legal 35 h.</li>
 * </ul>
 */
public final class CddiRules {
    public static final int MIN_MONTHS = 4;
    public static final int MAX_MONTHS = 24;
    public static final int MAX_MONTHS_PARTICULAR_DIFFICULTIES = 60;
    /** Written in the law only for particularly significant difficulties (L5132-15-1, b). */
    public static final int MAX_STEP_MONTHS = 12;
    public static final int SENIOR_AGE = 50;
    public static final BigDecimal MIN_WEEKLY_HOURS = new BigDecimal("20");
    public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("35");

    private CddiRules() {
    }

    /**
     * Settings of the structure that are not law.
     *
     * @param seniorRqthStepMonths cap on each prolongation decision for 50+ and RQTH, in months; null for none. The
     *                             texts set no such cap (R5132-1-8 only sets the totals); the Plateforme de
     *                             l'inclusion grants PASS IAE prolongations by requests of at most 12 months
     *                             (gip-inclusion/les-emplois, itou/approvals), hence the default of 12. Environment
     *                             variable
     *                             {@code SILLON_PROLONGATION_STEP_MONTHS} (0 = no cap).
     */
    public record Settings(Integer seniorRqthStepMonths) {
        public static final Settings DEFAULT = new Settings(12);
    }

    /** A contract as the rules see it. */
    public record Term(ContractKind kind, LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours,
                       ContractException exception, LocalDate trainingStart, LocalDate trainingEnd,
                       boolean hoursDerogation, String derogationReference, ProlongationDecision decision) {
        public Term {
            Objects.requireNonNull(kind, "kind");
            exception = exception == null ? ContractException.NONE : exception;
        }

        public Term(ContractKind kind, LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours,
                    ContractException exception, LocalDate trainingEnd, boolean hoursDerogation,
                    String derogationReference) {
            this(kind, start, plannedEnd, weeklyHours, exception, null, trainingEnd, hoursDerogation,
                    derogationReference, null);
        }

        /** An ordinary term without exception nor derogation. */
        public static Term of(ContractKind kind, LocalDate start, LocalDate plannedEnd, String weeklyHours) {
            return new Term(kind, start, plannedEnd, new BigDecimal(weeklyHours), ContractException.NONE, null,
                    false, null);
        }
    }

    /**
     * What the rules need to know about the person.
     *
     * @param directHiring the person was hired without a prescriber (candidature spontanée): the ACI itself may then
     *                     decide a prolongation (L5132-15-1 since loi n° 2020-1577)
     */
    public record PersonFacts(LocalDate birthDate, boolean rqth, boolean directHiring) {
        public PersonFacts(LocalDate birthDate, boolean rqth) {
            this(birthDate, rqth, false);
        }

        public boolean seniorOn(LocalDate date) {
            return birthDate != null && Period.between(birthDate, date).getYears() >= SENIOR_AGE;
        }
    }

    /**
     * What else the rules need: the parcours the stay belongs to, the préfet's derogations to the 20 hours, settings.
     */
    public record Context(Parcours parcours, List<HoursDerogationRules.Period> derogations, Settings settings) {
        public Context {
            derogations = derogations == null ? List.of() : List.copyOf(derogations);
            settings = settings == null ? Settings.DEFAULT : settings;
        }
    }

    /** Checks a new contract of a single-stay parcours without suspension nor derogation. */
    public static void checkNew(List<Term> existing, Term proposed, PersonFacts person) {
        checkNew(existing, proposed, person, new Context(Parcours.ofSingleStay(existing), List.of(), Settings.DEFAULT));
    }

    /**
     * Checks a new contract against the contracts already signed in the same stay and the parcours it belongs to.
     *
     * @param existing the contracts of the stay
     * @throws DomainException with a {@code pathway.contract.*} key when a rule is broken
     */
    public static void checkNew(List<Term> existing, Term proposed, PersonFacts person, Context context) {
        if (proposed.start() == null || proposed.plannedEnd() == null) {
            throw new DomainException("pathway.contract.datesRequired");
        }
        if (proposed.plannedEnd().isBefore(proposed.start())) {
            throw new DomainException("pathway.contract.endBeforeStart");
        }
        checkHours(proposed, context.derogations());
        LocalDate previousEnd = null;
        if (existing.isEmpty()) {
            if (proposed.kind() != ContractKind.INITIAL) {
                throw new DomainException("pathway.contract.firstMustBeInitial");
            }
        } else {
            if (proposed.kind() != ContractKind.RENEWAL) {
                throw new DomainException("pathway.contract.initialAlreadySigned");
            }
            previousEnd = existing.stream().map(Term::plannedEnd).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate expectedStart = previousEnd.plusDays(1);
            if (!proposed.start().equals(expectedStart)) {
                throw new DomainException("pathway.contract.renewalNotContiguous", Periods.fr(expectedStart));
            }
        }
        if (proposed.kind() == ContractKind.INITIAL
                && proposed.exception() != ContractException.SENTENCE_ADJUSTMENT
                && proposed.plannedEnd().isBefore(Periods.lastDayAfterMonths(proposed.start(), MIN_MONTHS))) {
            throw new DomainException("pathway.contract.belowMinimum", MIN_MONTHS,
                    Periods.fr(Periods.lastDayAfterMonths(proposed.start(), MIN_MONTHS)));
        }
        Parcours parcours = existing.isEmpty() ? context.parcours().withNextContractStart(proposed.start())
                : context.parcours();
        LocalDate limit24 = parcours.limit(MAX_MONTHS);
        if (!proposed.plannedEnd().isAfter(limit24)) {
            return;
        }
        boolean firstOfParcours = existing.isEmpty() && parcours.earlierStays() == 0;
        if (firstOfParcours || !proposed.exception().extendsBeyond24Months()) {
            throw new DomainException("pathway.contract.beyond24Months", Periods.fr(limit24));
        }
        ContractException exception = proposed.exception();
        switch (exception) {
            case TRAINING_IN_PROGRESS -> checkTraining(proposed, previousEnd);
            case SENIOR -> {
                if (!person.seniorOn(proposed.start())) {
                    throw new DomainException("pathway.contract.seniorNotMet", SENIOR_AGE);
                }
                checkSettingStep(proposed, context.settings());
            }
            case RQTH -> {
                if (!person.rqth()) {
                    throw new DomainException("pathway.contract.rqthNotMet");
                }
                checkSettingStep(proposed, context.settings());
            }
            case PARTICULAR_DIFFICULTIES -> {
                LocalDate maxEnd = Periods.lastDayAfterMonths(proposed.start(), MAX_STEP_MONTHS);
                if (proposed.plannedEnd().isAfter(maxEnd)) {
                    throw new DomainException("pathway.contract.stepAbove12Months", Periods.fr(maxEnd));
                }
            }
            default -> throw new IllegalStateException(exception.name());
        }
        if (exception.maxParcoursMonths() != null) {
            LocalDate limit = parcours.limit(exception.maxParcoursMonths());
            if (proposed.plannedEnd().isAfter(limit)) {
                throw new DomainException("pathway.contract.beyondTotal", exception.maxParcoursMonths(),
                        Periods.fr(limit), exception.article());
            }
        }
        if (exception.needsDecision()) {
            checkDecision(proposed, person);
        }
    }

    /** L5132-15-1: beyond 24 months « pour achever une action de formation professionnelle en cours ». */
    private static void checkTraining(Term proposed, LocalDate previousEnd) {
        if (proposed.trainingEnd() == null || proposed.trainingStart() == null) {
            throw new DomainException("pathway.contract.trainingDatesRequired");
        }
        // Choice: « en cours » at the end of the contract = begun on or before the last day of the contract being
        // renewed and not finished on that day.
        if (previousEnd == null || proposed.trainingStart().isAfter(previousEnd)
                || !proposed.trainingEnd().isAfter(previousEnd)) {
            throw new DomainException("pathway.contract.trainingNotInProgress",
                    Periods.fr(previousEnd == null ? proposed.start() : previousEnd));
        }
        if (proposed.plannedEnd().isAfter(proposed.trainingEnd())) {
            throw new DomainException("pathway.contract.beyondTrainingEnd", Periods.fr(proposed.trainingEnd()));
        }
    }

    /** The structure's cap per decision for 50+ and RQTH: a setting, not a law. */
    private static void checkSettingStep(Term proposed, Settings settings) {
        Integer step = settings.seniorRqthStepMonths();
        if (step == null || step <= 0) {
            return;
        }
        LocalDate maxEnd = Periods.lastDayAfterMonths(proposed.start(), step);
        if (proposed.plannedEnd().isAfter(maxEnd)) {
            throw new DomainException("pathway.contract.stepAboveSetting", step, Periods.fr(maxEnd));
        }
    }

    /** L5132-15-1, R5132-1-8: the prescriber (or the ACI for a direct hiring), the date, the bilan. */
    private static void checkDecision(Term proposed, PersonFacts person) {
        ProlongationDecision d = proposed.decision();
        if (d == null || d.decider() == null || d.decidedOn() == null || d.deciderName() == null
                || d.deciderName().isBlank()) {
            throw new DomainException("pathway.contract.decisionRequired", proposed.exception().article());
        }
        if (d.bilan() == null || d.bilan().isBlank()) {
            throw new DomainException("pathway.contract.bilanRequired");
        }
        if (d.decider() == ProlongationDecision.Decider.STRUCTURE && !person.directHiring()) {
            throw new DomainException("pathway.contract.structureDecisionOnlyDirectHiring");
        }
        if (d.decidedOn().isAfter(proposed.start())) {
            throw new DomainException("pathway.contract.decisionAfterStart", Periods.fr(proposed.start()));
        }
    }

    private static void checkHours(Term proposed, List<HoursDerogationRules.Period> derogations) {
        BigDecimal hours = proposed.weeklyHours();
        if (hours == null || hours.signum() <= 0) {
            throw new DomainException("pathway.contract.hoursRequired");
        }
        if (hours.compareTo(MAX_WEEKLY_HOURS) > 0) {
            throw new DomainException("pathway.contract.hoursAboveLegal", MAX_WEEKLY_HOURS);
        }
        if (hours.compareTo(MIN_WEEKLY_HOURS) < 0) {
            if (!proposed.hoursDerogation()) {
                throw new DomainException("pathway.contract.hoursBelowMinimum", MIN_WEEKLY_HOURS);
            }
            if (proposed.derogationReference() == null || proposed.derogationReference().isBlank()) {
                throw new DomainException("pathway.contract.derogationReferenceRequired");
            }
            if (!HoursDerogationRules.covered(derogations, proposed.start(), proposed.plannedEnd())) {
                LocalDate until = derogations.stream().filter(d -> !proposed.start().isBefore(d.start())
                                && !proposed.start().isAfter(d.effectiveEnd()))
                        .map(HoursDerogationRules.Period::effectiveEnd).max(Comparator.naturalOrder()).orElse(null);
                if (until == null) {
                    throw new DomainException("pathway.contract.noDerogationInForce", Periods.fr(proposed.start()));
                }
                throw new DomainException("pathway.contract.beyondDerogation", Periods.fr(until));
            }
        }
    }
}
