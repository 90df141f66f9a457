package fr.sillon.it.assessment;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.assessment.ValidationRule;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.assessment.AssessmentViews.ItemResult;
import fr.sillon.ejb.assessment.AssessmentViews.ObservationInput;
import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.PolicyQuery;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The validation policy is written twice — in SQL ({@link PolicyQuery}, for lists) and in Java ({@link ValidationRule},
 * the specification) — so this runs both on the same evidence, one participant per case at the rule's boundaries,
 * and checks that they agree with each other and with what the policy says.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyQueryIT {
    static final LocalDate TODAY = LocalDate.now();
    static final String PREFIX = "it-policy";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PolicyQueryIT.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    PasswordHasher hasher;
    @Inject
    ObservationService observations;
    @Inject
    ValidationService validations;
    @Inject
    PolicyQuery policy;

    static <T> T sup(Callable<T> action) throws Exception {
        return RunAs.user(PREFIX + ".sup", Set.of("SUPERVISOR"), action);
    }

    static <T> T coord(Callable<T> action) throws Exception {
        return RunAs.user(PREFIX + ".coord", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    @Test
    void theSqlAndValidationRuleProposeTheSameCriteria() throws Exception {
        long structure = structure();
        long criterion = single("""
                select c.id from competency c join framework f on f.id = c.framework_id
                where f.code = 'CLEA' and f.structure_id is null and c.code = '2.1.2'""");
        int acquired = (int) single("""
                select sc.acquired_rank from competency c join framework f on f.id = c.framework_id
                join scale sc on sc.id = f.scale_id where c.id = ?1""", criterion);
        int below = acquired - 1;
        assertTrue(below > ValidationRule.NOT_OBSERVED_RANK, "the scale has a level below the acquired one");

        // one participant per case; the name says what the policy answers
        Map<String, Long> cases = new LinkedHashMap<>();
        for (String name : List.of("met", "oneDay", "twoOnly", "latestBelow", "correctedAway", "validated",
                "declined", "declinedThenNewEvidence", "revoked")) {
            cases.put(name, participant(structure, name));
        }
        for (Map.Entry<String, Long> c : cases.entrySet()) {
            long p = c.getValue();
            switch (c.getKey()) {
                case "oneDay" -> record(p, criterion, acquired, 3, 3, 3);
                case "twoOnly" -> record(p, criterion, acquired, 3, 2);
                case "latestBelow" -> {
                    record(p, criterion, acquired, 5, 4, 3);
                    record(p, criterion, below, 1);
                }
                case "correctedAway" -> {
                    List<Long> ids = record(p, criterion, acquired, 5, 4, 3);
                    sup(() -> observations.correct(ids.get(0), ValidationRule.NOT_OBSERVED_RANK, null, "erreur de saisie"));
                }
                default -> record(p, criterion, acquired + 1, 6, 5, 5);
            }
        }
        sup(() -> validations.validate(cases.get("validated"), criterion, "validé"));
        sup(() -> validations.decline(cases.get("declined"), criterion, "pas encore"));
        sup(() -> validations.decline(cases.get("declinedThenNewEvidence"), criterion, "pas encore"));
        long toRevoke = sup(() -> validations.validate(cases.get("revoked"), criterion, "validé trop tôt"));
        int version = sup(() -> validations.decisions(cases.get("revoked"), 0, 5)).stream()
                .filter(d -> d.id() == toRevoke).findFirst().orElseThrow().version();
        coord(() -> {
            validations.revoke(toRevoke, version, "validé trop tôt");
            return null;
        });
        Thread.sleep(1100); // evidence recorded after the decline (times are stored to the second)
        record(cases.get("declinedThenNewEvidence"), criterion, acquired, 0);

        Set<String> bySql = new TreeSet<>();
        Set<String> byRule = new TreeSet<>();
        for (Map.Entry<String, Long> c : cases.entrySet()) {
            if (policy.proposals(structure, c.getValue(), 0, 50).stream().anyMatch(x -> x.competencyId() == criterion)) {
                bySql.add(c.getKey());
            }
            if (policy.evaluate(structure, c.getValue(), criterion).proposed()) {
                byRule.add(c.getKey());
            }
        }
        assertEquals(byRule, bySql, "the SQL and ValidationRule agree on every case");
        assertEquals(new TreeSet<>(List.of("declinedThenNewEvidence", "met", "revoked")), byRule,
                "what the policy proposes: enough evidence on enough days, latest not below, not validated, "
                        + "not declined since the last evidence");
        assertEquals(3, policy.count(structure, 0));
    }

    /** Records one observation at {@code rank} per value of {@code daysAgo}, in order; returns their ids. */
    List<Long> record(long participant, long criterion, int rank, int... daysAgo) throws Exception {
        List<ObservationInput> items = new ArrayList<>();
        for (int d : daysAgo) {
            items.add(new ObservationInput(UUID.randomUUID().toString(), participant, criterion, rank,
                    TODAY.minusDays(d), null, null));
        }
        List<ItemResult> results = sup(() -> observations.recordObservations(items));
        results.forEach(r -> assertNotNull(r.observationId(), r.toString()));
        return results.stream().map(ItemResult::observationId).toList();
    }

    long structure() throws Exception {
        tx.begin();
        try {
            Structure s = new Structure(PREFIX.toUpperCase(), "Jardin " + PREFIX);
            em.persist(s);
            String hash = hasher.hash("it-secret");
            em.persist(new UserAccount(PREFIX + ".coord", hash, "Coordinatrice " + PREFIX, Role.COORDINATOR, s));
            em.persist(new UserAccount(PREFIX + ".sup", hash, "Encadrant " + PREFIX, Role.SUPERVISOR, s));
            tx.commit();
            return s.getId();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    long participant(long structureId, String name) throws Exception {
        tx.begin();
        em.createNativeQuery("insert into participant (structure_id, first_name, last_name) values (:s, :f, :l)")
                .setParameter("s", structureId).setParameter("f", "Cas").setParameter("l", name).executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        // observations need a running contract (issue 13 point 13): a year of CDDI around the evidence
        em.createNativeQuery("insert into pathway (structure_id, participant_id, entry_date) values (:s, :p, :d)")
                .setParameter("s", structureId).setParameter("p", id)
                .setParameter("d", java.time.LocalDate.now().minusYears(1)).executeUpdate();
        em.createNativeQuery("insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours)"
                        + " values (:s, last_insert_id(), 'INITIAL', :from, :to, 26)")
                .setParameter("s", structureId).setParameter("from", java.time.LocalDate.now().minusYears(1))
                .setParameter("to", java.time.LocalDate.now().plusMonths(6)).executeUpdate();
        tx.commit();
        return id;
    }

    long single(String sql, Object... params) throws Exception {
        tx.begin();
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        long n = ((Number) q.getSingleResult()).longValue();
        tx.commit();
        return n;
    }
}
