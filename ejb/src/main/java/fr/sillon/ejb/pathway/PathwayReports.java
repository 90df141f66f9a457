package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.CddiRules;
import fr.sillon.domain.pathway.ContractHours;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.domain.pathway.InterviewKind;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.domain.pathway.PathwayAlerts;
import fr.sillon.domain.pathway.PathwayIndicators;
import fr.sillon.domain.pathway.Periods;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.assessment.ProgressQueries;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ContractView;
import fr.sillon.ejb.pathway.PathwayViews.ExitView;
import fr.sillon.ejb.pathway.PathwayViews.TimelineEvent;
import fr.sillon.ejb.pathway.PathwayViews.TimelineKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the pathways say as a whole: a pathway's timeline, the dashboard alerts, the funders' indicators and their files. */
@Stateless
public class PathwayReports {
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    ProgressQueries progress;

    /** Everything that happened in the pathway, in date order. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TimelineEvent> timeline(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "TIMELINE_READ");
        boolean coordinator = caller.is(Role.COORDINATOR);
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(pw.getEntryDate(), TimelineKind.ENTRY, null));
        for (ContractView c : queries.contracts(pw)) {
            events.add(new TimelineEvent(c.start(), c.kind() == ContractKind.INITIAL ? TimelineKind.CONTRACT
                    : TimelineKind.RENEWAL, Periods.fr(c.start()) + " → " + Periods.fr(c.plannedEnd()) + " · "
                    + c.weeklyHours().stripTrailingZeros().toPlainString() + " h/sem."));
        }
        queries.interviewDates(pw)
                .forEach(r -> events.add(new TimelineEvent((LocalDate) r[0], TimelineKind.INTERVIEW, ((InterviewKind) r[1]).name())));
        queries.barrierDates(pw)
                .forEach(r -> events.add(new TimelineEvent((LocalDate) r[0], TimelineKind.BARRIER,
                        (Boolean) r[2] && !coordinator ? null : ((BarrierCategory) r[1]).name())));
        queries.immersionDates(pw)
                .forEach(r -> events.add(new TimelineEvent((LocalDate) r[0], TimelineKind.IMMERSION,
                        r[2] + " · " + Periods.fr((LocalDate) r[0]) + " → " + Periods.fr((LocalDate) r[1]))));
        queries.trainings(pw, false)
                .forEach(t -> events.add(new TimelineEvent(PathwayQueries.trainingDate(t), TimelineKind.TRAINING,
                        t.getKind().label() + (t.getTitle() == null ? "" : " · " + t.getTitle())
                                + (t.getExpiresOn() == null ? "" : " · valide jusqu'au " + Periods.fr(t.getExpiresOn())))));
        progress.validatedSince(pw.getParticipant().getId(), pw.getEntryDate().atStartOfDay())
                .forEach(r -> events.add(new TimelineEvent(((LocalDateTime) r[0]).toLocalDate(), TimelineKind.VALIDATION,
                        r[1] + " · " + r[2])));
        ExitView exit = queries.exit(pw);
        if (exit != null) {
            events.add(new TimelineEvent(exit.exitDate(), TimelineKind.EXIT, exit.motive().label()));
        }
        events.removeIf(e -> e.date() == null);
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind));
        return events;
    }

    /**
     * Alerts of the structure's active pathways on {@code today}. SQL narrows the pathways to those with something
     * due and gathers, per pathway, the dates the rules need in one query; {@link PathwayAlerts} decides.
     */
    @RolesAllowed(COORDINATOR)
    public List<PathwayAlerts.Alert> alerts(LocalDate today) {
        return PathwayAlerts.compute(today, queries.alertSnapshots(currentCaller.get().structure(), today));
    }

    /** Figures of the structure for [from, to], computed in SQL (aggregates), for the funders' review. */
    @RolesAllowed(COORDINATOR)
    public PathwayIndicators indicators(LocalDate from, LocalDate to) {
        Caller caller = currentCaller.get();
        long s = caller.structure();
        if (to.isBefore(from)) {
            throw new DomainException("pathway.indicators.period");
        }
        // contractual hours: the one formula (ContractHours), each contract cut at its pathway's exit date
        BigDecimal contractHours = BigDecimal.ZERO;
        for (Object[] r : queries.contractsOverlapping(s, from, to)) {
            LocalDate end = (LocalDate) r[2];
            if (r[4] != null && ((LocalDate) r[4]).isBefore(end)) {
                end = (LocalDate) r[4];
            }
            if (!end.isBefore((LocalDate) r[1])) {
                contractHours = contractHours.add(ContractHours.within(
                        List.of(new ContractHours.Span((LocalDate) r[1], end, (BigDecimal) r[3])), from, to));
            }
        }
        contractHours = contractHours.setScale(2, java.math.RoundingMode.HALF_UP);
        long validated = progress.validatedCount(from, to);
        return new PathwayIndicators(from, to, queries.peopleEmployed(s, from, to), queries.entries(s, from, to),
                queries.exitsByCategory(s, from, to), queries.shortStayExits(s, from, to), contractHours,
                queries.trainingHours(s, from, to), validated);
    }

    @RolesAllowed(COORDINATOR)
    public byte[] indicatorsCsv(LocalDate from, LocalDate to) {
        return IndicatorsExport.csv(indicators(from, to));
    }

    @RolesAllowed(COORDINATOR)
    public byte[] indicatorsXlsx(LocalDate from, LocalDate to) {
        return IndicatorsExport.xlsx(indicators(from, to));
    }
}
