package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Limits of a PMSMP (D5135-3): at most one month « de date à date »; renewable once, for the same object, « pour une
 * durée au plus égale à » one month whatever the length of the first convention, and only if its objectives were not
 * reached; with the same host, at most 2 conventions and 60 days (renewals included) over any 12 consecutive months,
 * « sous réserve que ces conventions comportent des objets ou des objectifs différents ».
 * <p>
 * Choices: the precise objectives are the free text of the convention ({@code objectiveDetail}), compared without
 * case nor surrounding or repeated blanks; two conventions with the same object and no precise objectives are
 * « the same ». A renewal needs the outcome of the first convention recorded: « objectifs atteints » and « embauche
 * proposée » mean the objectives were reached; « partiellement atteints », « non atteints » and « interrompue » allow
 * the renewal.
 */
public final class PmsmpRules {
    public static final int MAX_MONTHS = 1;
    public static final int MAX_CONVENTIONS_PER_HOST = 2;
    public static final int MAX_DAYS_PER_HOST = 60;
    public static final int WINDOW_MONTHS = 12;

    private PmsmpRules() {
    }

    /** A PMSMP convention as the rules see it; {@code hostKey} identifies the host (see {@link #hostKey}). */
    public record Convention(Long id, String hostKey, LocalDate start, LocalDate end, ImmersionObjective objective,
                             Long renewalOfId, String objectiveDetail, ImmersionOutcome outcome) {
        public Convention(Long id, String hostKey, LocalDate start, LocalDate end, ImmersionObjective objective,
                          Long renewalOfId) {
            this(id, hostKey, start, end, objective, renewalOfId, null, null);
        }

        /** The precise objectives, normalised for comparison. */
        String objectivesKey() {
            return objectiveDetail == null ? "" : java.text.Normalizer.normalize(objectiveDetail.trim()
                    .replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH), java.text.Normalizer.Form.NFC);
        }

        boolean isRenewal() {
            return renewalOfId != null;
        }

        boolean overlaps(LocalDate from, LocalDate to) {
            return !end.isBefore(from) && !start.isAfter(to);
        }
    }

    /** The host's SIRET when known, otherwise its name without case or surrounding blanks. */
    public static String hostKey(String hostName, String hostSiret) {
        if (hostSiret != null && !hostSiret.isBlank()) {
            return hostSiret.replace(" ", "");
        }
        return hostName == null ? "" : hostName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH);
    }

    /**
     * Checks a new convention (or a renewal) against the participant's existing conventions.
     *
     * @throws DomainException with a {@code pathway.pmsmp.*} key when a rule is broken
     */
    public static void checkNew(List<Convention> existing, Convention proposed) {
        if (proposed.start() == null || proposed.end() == null) {
            throw new DomainException("pathway.pmsmp.datesRequired");
        }
        if (proposed.end().isBefore(proposed.start())) {
            throw new DomainException("pathway.pmsmp.endBeforeStart");
        }
        LocalDate maxEnd = Periods.lastDayAfterMonths(proposed.start(), MAX_MONTHS);
        if (proposed.end().isAfter(maxEnd)) {
            throw new DomainException("pathway.pmsmp.aboveOneMonth", Periods.fr(maxEnd));
        }
        for (Convention c : existing) {
            if (c.overlaps(proposed.start(), proposed.end())) {
                throw new DomainException("pathway.pmsmp.overlap", Periods.fr(c.start()), Periods.fr(c.end()));
            }
        }
        if (proposed.isRenewal()) {
            checkRenewal(existing, proposed);
        }
        List<Convention> sameHost = new ArrayList<>();
        for (Convention c : existing) {
            if (c.hostKey().equals(proposed.hostKey())) {
                sameHost.add(c);
            }
        }
        if (!proposed.isRenewal()) {
            for (Convention c : sameHost) {
                if (!c.isRenewal() && c.objective() == proposed.objective()
                        && c.objectivesKey().equals(proposed.objectivesKey()) && withinTwelveMonths(c, proposed)) {
                    throw new DomainException("pathway.pmsmp.sameHostSameObjective");
                }
            }
        }
        sameHost.add(proposed);
        // The worst 12-month window starts on a convention's first day or ends on a convention's last day.
        List<LocalDate[]> windows = new ArrayList<>();
        for (Convention c : sameHost) {
            windows.add(new LocalDate[] {c.start(), Periods.lastDayAfterMonths(c.start(), WINDOW_MONTHS)});
            LocalDate from = Periods.firstDayOfPeriodEndingOn(c.end(), WINDOW_MONTHS);
            windows.add(new LocalDate[] {from, Periods.lastDayAfterMonths(from, WINDOW_MONTHS)});
        }
        for (LocalDate[] w : windows) {
            if (!proposed.overlaps(w[0], w[1])) {
                continue;
            }
            long conventions = 0;
            long days = 0;
            for (Convention c : sameHost) {
                if (c.overlaps(w[0], w[1])) {
                    days += Periods.overlapDays(c.start(), c.end(), w[0], w[1]);
                    if (!c.isRenewal()) {
                        conventions++;
                    }
                }
            }
            if (conventions > MAX_CONVENTIONS_PER_HOST) {
                throw new DomainException("pathway.pmsmp.sameHostMoreThanTwo", MAX_CONVENTIONS_PER_HOST);
            }
            if (days > MAX_DAYS_PER_HOST) {
                throw new DomainException("pathway.pmsmp.sameHostAbove60Days", MAX_DAYS_PER_HOST, days);
            }
        }
    }

    private static void checkRenewal(List<Convention> existing, Convention proposed) {
        Convention original = existing.stream().filter(c -> Objects.equals(c.id(), proposed.renewalOfId()))
                .findFirst().orElseThrow(() -> new DomainException("pathway.pmsmp.renewalOfUnknown"));
        if (original.isRenewal()
                || existing.stream().anyMatch(c -> Objects.equals(c.renewalOfId(), original.id()))) {
            throw new DomainException("pathway.pmsmp.renewedOnlyOnce");
        }
        if (!original.hostKey().equals(proposed.hostKey())) {
            throw new DomainException("pathway.pmsmp.renewalSameHost");
        }
        if (original.objective() != proposed.objective()) {
            throw new DomainException("pathway.pmsmp.renewalSameObjective");
        }
        if (!proposed.start().isAfter(original.end())) {
            throw new DomainException("pathway.pmsmp.renewalAfterOriginal", Periods.fr(original.end()));
        }
        if (original.outcome() == null) {
            throw new DomainException("pathway.pmsmp.renewalOutcomeRequired");
        }
        if (original.outcome() == ImmersionOutcome.OBJECTIVES_MET || original.outcome() == ImmersionOutcome.HIRING_PROPOSED) {
            throw new DomainException("pathway.pmsmp.renewalObjectivesMet");
        }
        // the length of a renewal is bounded by one month (checked for every convention), not by the first one
    }

    /** True when some window of 12 consecutive months contains days of both conventions. */
    private static boolean withinTwelveMonths(Convention a, Convention b) {
        Convention first = a.start().isBefore(b.start()) ? a : b;
        Convention second = first == a ? b : a;
        return !second.start().isAfter(Periods.lastDayAfterMonths(first.end(), WINDOW_MONTHS));
    }
}
