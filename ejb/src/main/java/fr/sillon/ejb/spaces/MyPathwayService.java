package fr.sillon.ejb.spaces;

import static fr.sillon.ejb.shared.Rows.*;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.assessment.ProgressQueries;
import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.pathway.PathwaySummaries;
import fr.sillon.ejb.pathway.PathwayViews.ContractLine;
import fr.sillon.ejb.pathway.PathwayViews.CurrentPathway;
import fr.sillon.ejb.pathway.PathwayViews.LinkedParticipant;
import fr.sillon.ejb.spaces.SpacesViews.*;
import fr.sillon.domain.pathway.ContractKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * « Mon parcours »: what a participant sees about themself. Takes no identifier: the participant is always the one
 * whose record is linked to the calling account ({@code participant.user_account_id = caller}), so nothing about
 * anyone else can ever be asked for.
 */
@Stateless
public class MyPathwayService {
    /** How far back « what I did recently » goes, and how many lines at most. */
    public static final int RECENT_DAYS = 45;
    public static final int RECENT_MAX = 30;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ProgressQueries progress;
    @Inject
    CertificateService certificates;
    @Inject
    PathwaySummaries pathways;

    @RolesAllowed(PARTICIPANT)
    public MyPathway overview() {
        Caller caller = currentCaller.get();
        Optional<LinkedParticipant> me = pathways.linkedParticipant(caller.userId(), caller.structure());
        if (me.isEmpty()) {
            return MyPathway.notLinked();
        }
        long participantId = me.get().participantId();
        LocalDate today = LocalDate.now();
        Optional<CurrentPathway> pw = pathways.currentPathway(participantId);
        LocalDate entry = null;
        String supervisor = null;
        ContractLine current = null;
        int renewals = 0;
        LocalDate nextInterview = null;
        if (pw.isPresent()) {
            long pathwayId = pw.get().pathwayId();
            entry = pw.get().entryDate();
            supervisor = pw.get().supervisorName();
            List<ContractLine> contracts = pathways.contractLines(pathwayId);
            renewals = (int) contracts.stream().filter(c -> c.kind() == ContractKind.RENEWAL).count();
            current = contracts.stream().filter(c -> !c.start().isAfter(today) && !c.plannedEnd().isBefore(today))
                    .findFirst().orElse(contracts.isEmpty() ? null : contracts.get(contracts.size() - 1));
            nextInterview = pathways.nextInterview(pathwayId, today);
        }
        List<RecentObservation> recent = ((List<Object[]>) em.createNativeQuery("""
                select o.observed_on, tt.name, f.code, c.code, c.title, o.level_rank,
                       coalesce(pl.label, o.level_rank), o.note, u.display_name
                """ + fr.sillon.ejb.assessment.EvidenceSql.FROM + """
                where o.participant_id = :p and o.level_rank > 0 and o.observed_on >= :from
                  and not exists (select 1 from observation x where x.supersedes_id = o.id)
                order by o.observed_on desc, case when o.note is null then 1 else 0 end, o.id desc""")
                .setParameter("p", participantId).setParameter("from", today.minusDays(RECENT_DAYS))
                .setMaxResults(RECENT_MAX).getResultList()).stream()
                .map(r -> new RecentObservation(date(r[0]), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (int) num(r[5]), String.valueOf(r[6]), (String) r[7], (String) r[8]))
                .toList();
        return new MyPathway(true, me.get().firstName(), me.get().structureName(), entry, supervisor, current, renewals,
                nextInterview, progress.progress(participantId), recent, validated(em, participantId),
                certificates.mine());
    }

    /** Active validations of a participant, latest first. */
    static List<ValidatedCriterion> validated(EntityManager em, long participantId) {
        return ((List<Object[]>) em.createNativeQuery("""
                select f.code, f.title, c.code, c.title, v.decided_at, u.display_name
                from validation v
                join competency c on c.id = v.competency_id
                join framework f on f.id = c.framework_id
                join user_account u on u.id = v.decided_by
                where v.participant_id = :p and v.status = 'VALIDATED'
                order by v.decided_at desc, f.code, c.code""").setParameter("p", participantId).getResultList())
                .stream().map(r -> new ValidatedCriterion((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        dateTime(r[4]).toLocalDate(), (String) r[5])).toList();
    }
}
