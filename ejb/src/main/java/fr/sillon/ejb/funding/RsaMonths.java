package fr.sillon.ejb.funding;

import fr.sillon.domain.funding.MonthlyHours;
import fr.sillon.domain.funding.RsaAppointment;
import fr.sillon.domain.funding.RsaRules;
import fr.sillon.domain.pathway.ContractHours;
import fr.sillon.domain.pathway.Periods;
import fr.sillon.ejb.funding.FundingViews.RsaMonth;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The months of RSA beneficiaries, computed once for the RSA CSV, the person's page and the Département's sheet:
 * days under contract (contracts cut at the exit), hours, the weekly average of {@link RsaRules} (the one formula),
 * absences by reason, appointments proposed and attended that month (by {@link RsaRules#attendance}).
 */
final class RsaMonths {
    private RsaMonths() {
    }

    /** Months of {@code year} up to the current one, per pathway; a month without a day under contract is left out. */
    static Map<Long, List<RsaMonth>> of(EntityManager em, Map<Long, List<ContractHours.Span>> spans, long s,
                                        List<Long> pathwayIds, int year) {
        Map<Long, List<RsaMonth>> out = new HashMap<>();
        if (pathwayIds.isEmpty()) {
            return out;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Long, Map<YearMonth, MonthlyHours>> hours = new HashMap<>();
        em.createQuery("select h from MonthlyHours h where h.structureId = :s and h.pathwayId in :ids"
                        + " and h.monthStart between :f and :t", MonthlyHours.class)
                .setParameter("s", s).setParameter("ids", pathwayIds).setParameter("f", from).setParameter("t", to)
                .getResultList().forEach(h -> hours.computeIfAbsent(h.getPathwayId(), k -> new HashMap<>()).put(h.getMonth(), h));
        Map<Long, Map<YearMonth, List<RsaAppointment>>> appointments = new HashMap<>();
        appointments(em, s, pathwayIds, from, to).forEach(a -> appointments.computeIfAbsent(a.getPathwayId(),
                k -> new HashMap<>()).computeIfAbsent(YearMonth.from(a.getProposedFor()), k -> new ArrayList<>()).add(a));
        YearMonth last = YearMonth.from(to.isAfter(LocalDate.now()) ? LocalDate.now() : to);
        for (long pw : pathwayIds) {
            List<RsaMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(last); m = m.plusMonths(1)) {
                long days = 0;
                for (ContractHours.Span sp : spans.getOrDefault(pw, List.of())) {
                    days += Periods.overlapDays(sp.start(), sp.plannedEnd(), m.atDay(1), m.atEndOfMonth());
                }
                if (days == 0) {
                    continue;
                }
                MonthlyHours h = hours.getOrDefault(pw, Map.of()).get(m);
                BigDecimal avg = h == null ? null : RsaRules.weeklyAverage(h.getWorkedHours(), days);
                RsaRules.Attendance a = RsaRules.attendance(appointments.getOrDefault(pw, Map.of()).getOrDefault(m, List.of()));
                months.add(new RsaMonth(m, days, h == null ? null : h.getWorkedHours(), avg,
                        avg == null ? null : RsaRules.belowEngagement(avg), h == null ? Map.of() : h.absences(),
                        a.proposed(), a.attended()));
            }
            out.put(pw, months);
        }
        return out;
    }

    /** The appointments of these pathways of structure {@code s} in [from, to], by date. */
    static List<RsaAppointment> appointments(EntityManager em, long s, List<Long> pathwayIds, LocalDate from,
                                             LocalDate to) {
        if (pathwayIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from RsaAppointment a where a.structureId = :s and a.pathwayId in :ids"
                        + " and a.proposedFor between :f and :t order by a.proposedFor, a.id", RsaAppointment.class)
                .setParameter("s", s).setParameter("ids", pathwayIds).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }
}
