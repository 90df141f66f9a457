package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Limits of a CDDI in an ACI (Code du travail L5132-15-1, D5132-43-5), checked before a contract or a renewal is
 * recorded. Durations are counted « de date à date » (see {@link Periods}).
 * <ul>
 *   <li>the initial contract lasts at least 4 months, unless the person benefits from an aménagement de peine;</li>
 *   <li>renewals follow the previous contract without a gap, within 24 months in total;</li>
 *   <li>beyond 24 months only with a recorded exception: until the end of a training in progress; 50+ or RQTH
 *       (decisions of at most 12 months); particularly significant difficulties (decisions of at most 12 months,
 *       60 months in total);</li>
 *   <li>at least 20 h a week unless a préfet's derogation is recorded (with its reference), never more than 35 h.</li>
 * </ul>
 */
public final class CddiRules {
    public static final int MIN_MONTHS = 4;
    public static final int MAX_MONTHS = 24;
    public static final int MAX_MONTHS_PARTICULAR_DIFFICULTIES = 60;
    public static final int MAX_STEP_MONTHS = 12;
    public static final int SENIOR_AGE = 50;
    public static final BigDecimal MIN_WEEKLY_HOURS = new BigDecimal("20");
    public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("35");

    private CddiRules() {
    }

    /** A contract as the rules see it. */
    public record Term(ContractKind kind, LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours,
                       ContractException exception, LocalDate trainingEnd, boolean hoursDerogation,
                       String derogationReference) {
        public Term {
            Objects.requireNonNull(kind, "kind");
            exception = exception == null ? ContractException.NONE : exception;
        }

        /** An ordinary term without exception nor derogation. */
        public static Term of(ContractKind kind, LocalDate start, LocalDate plannedEnd, String weeklyHours) {
            return new Term(kind, start, plannedEnd, new BigDecimal(weeklyHours), ContractException.NONE, null,
                    false, null);
        }
    }

    /** What the rules need to know about the person. */
    public record PersonFacts(LocalDate birthDate, boolean rqth) {
        public boolean seniorOn(LocalDate date) {
            return birthDate != null && Period.between(birthDate, date).getYears() >= SENIOR_AGE;
        }
    }

    /**
     * Checks a new contract against the contracts already signed in the same pathway.
     *
     * @throws DomainException with a {@code pathway.contract.*} key when a rule is broken
     */
    public static void checkNew(List<Term> existing, Term proposed, PersonFacts person) {
        checkHours(proposed);
        if (proposed.start() == null || proposed.plannedEnd() == null) {
            throw new DomainException("pathway.contract.datesRequired");
        }
        if (proposed.plannedEnd().isBefore(proposed.start())) {
            throw new DomainException("pathway.contract.endBeforeStart");
        }
        LocalDate firstStart = proposed.start();
        if (existing.isEmpty()) {
            if (proposed.kind() != ContractKind.INITIAL) {
                throw new DomainException("pathway.contract.firstMustBeInitial");
            }
        } else {
            if (proposed.kind() != ContractKind.RENEWAL) {
                throw new DomainException("pathway.contract.initialAlreadySigned");
            }
            LocalDate previousEnd = existing.stream().map(Term::plannedEnd).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate expectedStart = previousEnd.plusDays(1);
            if (!proposed.start().equals(expectedStart)) {
                throw new DomainException("pathway.contract.renewalNotContiguous", Periods.fr(expectedStart));
            }
            firstStart = existing.stream().map(Term::start).min(Comparator.naturalOrder()).orElseThrow();
        }
        if (proposed.kind() == ContractKind.INITIAL
                && proposed.exception() != ContractException.SENTENCE_ADJUSTMENT
                && proposed.plannedEnd().isBefore(Periods.lastDayAfterMonths(proposed.start(), MIN_MONTHS))) {
            throw new DomainException("pathway.contract.belowMinimum", MIN_MONTHS,
                    Periods.fr(Periods.lastDayAfterMonths(proposed.start(), MIN_MONTHS)));
        }
        LocalDate limit24 = Periods.lastDayAfterMonths(firstStart, MAX_MONTHS);
        if (!proposed.plannedEnd().isAfter(limit24)) {
            return;
        }
        if (proposed.kind() == ContractKind.INITIAL || !proposed.exception().extendsBeyond24Months()) {
            throw new DomainException("pathway.contract.beyond24Months", Periods.fr(limit24));
        }
        switch (proposed.exception()) {
            case TRAINING_IN_PROGRESS -> {
                if (proposed.trainingEnd() == null) {
                    throw new DomainException("pathway.contract.trainingEndRequired");
                }
                if (proposed.plannedEnd().isAfter(proposed.trainingEnd())) {
                    throw new DomainException("pathway.contract.beyondTrainingEnd", Periods.fr(proposed.trainingEnd()));
                }
            }
            case SENIOR_OR_RQTH -> {
                if (!person.rqth() && !person.seniorOn(proposed.start())) {
                    throw new DomainException("pathway.contract.seniorOrRqthNotMet", SENIOR_AGE);
                }
                checkStep(proposed);
            }
            case PARTICULAR_DIFFICULTIES -> {
                checkStep(proposed);
                LocalDate limit60 = Periods.lastDayAfterMonths(firstStart, MAX_MONTHS_PARTICULAR_DIFFICULTIES);
                if (proposed.plannedEnd().isAfter(limit60)) {
                    throw new DomainException("pathway.contract.beyond60Months", Periods.fr(limit60));
                }
            }
            default -> throw new IllegalStateException(proposed.exception().name());
        }
    }

    private static void checkStep(Term proposed) {
        LocalDate maxEnd = Periods.lastDayAfterMonths(proposed.start(), MAX_STEP_MONTHS);
        if (proposed.plannedEnd().isAfter(maxEnd)) {
            throw new DomainException("pathway.contract.stepAbove12Months", Periods.fr(maxEnd));
        }
    }

    private static void checkHours(Term proposed) {
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
        }
    }
}
