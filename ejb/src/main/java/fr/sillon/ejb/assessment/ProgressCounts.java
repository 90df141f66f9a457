package fr.sillon.ejb.assessment;

import static fr.sillon.ejb.shared.Rows.num;

import fr.sillon.ejb.assessment.AssessmentViews.DomainProgress;
import fr.sillon.ejb.assessment.AssessmentViews.FrameworkProgress;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one computation of a participant's progress, in the database: per framework the structure can use and per
 * domain, criteria validated, in progress (observed, not validated) and not yet observed. Read by the progress
 * page ({@link ProgressQueries}) and the referent's summary; the callers have checked the caller's access. « Observed »
 * is read from the read model {@code criterion_progress} (a row = at least one effective observation), not from the
 * participant's history.
 */
@Dependent
public class ProgressCounts {
    @PersistenceContext
    EntityManager em;

    /** The progress of {@code participantId} over the frameworks of {@code structureId} (CléA first). */
    @SuppressWarnings("unchecked")
    public List<FrameworkProgress> of(long participantId, long structureId) {
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.code, f.title, d.code, d.title, count(*),
                       sum(case when v.id is not null then 1 else 0 end),
                       sum(case when v.id is null and ob.competency_id is not null then 1 else 0 end)
                from competency c
                join framework f on f.id = c.framework_id
                left join competency p1 on p1.id = c.parent_id
                left join competency p2 on p2.id = p1.parent_id
                left join competency d on d.id = case when p1.kind = 'DOMAIN' then p1.id when p2.kind = 'DOMAIN' then p2.id end
                left join validation v on v.participant_id = :p and v.competency_id = c.id and v.status = 'VALIDATED'
                left join criterion_progress ob on ob.participant_id = :p and ob.competency_id = c.id
                where c.kind = 'CRITERION' and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)
                group by f.id, f.code, f.title, d.id, d.code, d.title, d.position
                order by case f.code when 'CLEA' then 0 else 1 end, f.code, f.id, d.position, d.code""")
                .setParameter("p", participantId).setParameter("s", structureId).getResultList();
        Map<Long, List<Object[]>> byFramework = new LinkedHashMap<>();
        for (Object[] x : rows) {
            byFramework.computeIfAbsent(num(x[0]), k -> new ArrayList<>()).add(x);
        }
        List<FrameworkProgress> frameworks = new ArrayList<>();
        for (List<Object[]> fw : byFramework.values()) {
            List<DomainProgress> domains = fw.stream().map(x -> new DomainProgress((String) x[3], (String) x[4],
                    (int) num(x[5]), (int) num(x[6]), (int) num(x[7]))).toList();
            Object[] head = fw.get(0);
            frameworks.add(new FrameworkProgress(num(head[0]), (String) head[1], (String) head[2],
                    domains.stream().mapToInt(DomainProgress::total).sum(),
                    domains.stream().mapToInt(DomainProgress::validated).sum(),
                    domains.stream().mapToInt(DomainProgress::inProgress).sum(), domains));
        }
        return frameworks;
    }
}
