package fr.sillon.it.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.activity.SiteKind;
import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.ActivityViews.SiteForm;
import fr.sillon.ejb.activity.ActivityViews.TaskRecordForm;
import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.ejb.assessment.AssessmentViews.ItemResult;
import fr.sillon.ejb.assessment.AssessmentViews.ItemStatus;
import fr.sillon.ejb.assessment.AssessmentViews.ObservationInput;
import fr.sillon.ejb.pathway.ContractService;
import fr.sillon.ejb.pathway.ExitService;
import fr.sillon.ejb.pathway.ParticipantService;
import fr.sillon.ejb.pathway.PathwayReports;
import fr.sillon.ejb.pathway.PathwayViews.ContractRequest;
import fr.sillon.ejb.pathway.PathwayViews.NewParticipant;
import fr.sillon.ejb.pathway.SuspensionService;
import fr.sillon.it.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/** Issue 13 through the services, against MariaDB: points 6, 7, 12 and 13. */
@ExtendWith(ArquillianExtension.class)
class IaeRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(IaeRulesIT.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    ParticipantService participants;
    @Inject
    ContractService contracts;
    @Inject
    ExitService exits;
    @Inject
    PathwayReports reports;
    @Inject
    SuspensionService suspensions;
    @Inject
    ObservationService observations;
    @Inject
    ValidationService validations;
    @Inject
    ActivityService activity;
    @Inject
    PasswordHasher hasher;

    static final LocalDate TODAY = LocalDate.now();

    void structure(String prefix) throws Exception {
        tx.begin();
        try {
            Structure s = new Structure(prefix.toUpperCase(), "Chantier " + prefix);
            em.persist(s);
            String hash = hasher.hash("it-secret");
            em.persist(new UserAccount(prefix + ".coord", hash, "Coordinatrice " + prefix, Role.COORDINATOR, s));
            em.persist(new UserAccount(prefix + ".sup", hash, "Encadrant " + prefix, Role.SUPERVISOR, s));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    static <T> T as(String login, Set<String> roles, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(login)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> identity.runAs(action)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            thread.shutdown();
        }
    }

    static <T> T coord(String prefix, Callable<T> action) throws Exception {
        return as(prefix + ".coord", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    static <T> T sup(String prefix, Callable<T> action) throws Exception {
        return as(prefix + ".sup", Set.of("SUPERVISOR"), action);
    }

    static DomainException refused(Callable<?> call) {
        Exception e = assertThrows(Exception.class, call::call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                assertFalse(d.getMessage().startsWith("pathway.") || d.getMessage().startsWith("assessment."),
                        "French reason for " + d.getKey());
                return d;
            }
        }
        throw new AssertionError("not a broken rule", e);
    }

    long participantId(long pathwayId) throws Exception {
        tx.begin();
        try {
            return em.find(Pathway.class, pathwayId).getParticipant().getId();
        } finally {
            tx.commit();
        }
    }

    long criterion(String code) throws Exception {
        tx.begin();
        try {
            return ((Number) em.createNativeQuery("""
                    select c.id from competency c join framework f on f.id = c.framework_id
                    where f.code = 'CLEA' and f.structure_id is null and c.code = ?1""").setParameter(1, code)
                    .getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }

    ObservationInput observation(long participant, long criterion, LocalDate day) {
        return new ObservationInput(UUID.randomUUID().toString(), participant, criterion, 3, day, null, null);
    }

    /** Point 7: suspensions shown, pushing back the 24 months and the PASS IAE when longer than 15 days. */
    @Test
    void suspensionsPushBackTheParcoursAndThePassIae() throws Exception {
        String it = "iae7";
        structure(it);
        LocalDate start = TODAY.minusMonths(6);
        NewParticipant np = new NewParticipant("Awa", "Suspendue", LocalDate.parse("1990-01-01"), null, null, null, null,
                null, null, null, "999990000007", start, Periods.lastDayAfterMonths(start, 24), null, null, Set.of(),
                false, start, null, null);
        long pw = coord(it, () -> participants.createParticipant(np));
        coord(it, () -> contracts.addContract(pw, ContractRequest.of(start, Periods.lastDayAfterMonths(start, 12), "26")));
        long contract = coord(it, () -> contracts.contracts(pw).get(0).id());
        LocalDate limitBefore = coord(it, () -> suspensions.parcours(pw).limit24());
        assertEquals(Periods.lastDayAfterMonths(start, 24), limitBefore);

        // 15 days: shown, no push-back
        LocalDate s1 = start.plusMonths(1);
        coord(it, () -> suspensions.suspend(contract, s1, s1.plusDays(14), SuspensionReason.PMSMP, "PMSMP"));
        var p1 = coord(it, () -> suspensions.parcours(pw));
        assertEquals(limitBefore, p1.limit24());
        assertEquals(p1.passIaeEnd(), p1.passIaeEndPushedBack());
        // 16 days: pushes both back by 16 days
        LocalDate s2 = start.plusMonths(3);
        coord(it, () -> suspensions.suspend(contract, s2, s2.plusDays(15), SuspensionReason.SICKNESS, null));
        var p2 = coord(it, () -> suspensions.parcours(pw));
        assertEquals(limitBefore.plusDays(16), p2.limit24());
        assertEquals(p2.passIaeEnd().plusDays(16), p2.passIaeEndPushedBack());
        var list = sup(it, () -> suspensions.suspensions(pw));
        assertEquals(List.of(false, true), list.stream().map(SuspensionService.SuspensionView::suspendsPass).toList());
        assertEquals(List.of(15L, 16L), list.stream().map(SuspensionService.SuspensionView::days).toList());

        // the alerts see the pushed-back PASS end: 90 days before it, not before (the recorded end would be too early)
        List<PathwayAlerts.Alert> early = coord(it, () -> reports.alerts(p2.passIaeEnd().minusDays(90)));
        assertTrue(early.stream().noneMatch(a -> a.pathwayId() == pw && a.kind() == PathwayAlerts.Kind.PASS_IAE_ENDING),
                early.toString());
        List<PathwayAlerts.Alert> due = coord(it, () -> reports.alerts(p2.passIaeEndPushedBack().minusDays(90)));
        assertTrue(due.stream().anyMatch(a -> a.pathwayId() == pw && a.kind() == PathwayAlerts.Kind.PASS_IAE_ENDING
                && a.date().equals(p2.passIaeEndPushedBack())), due.toString());

        // the renewal may now reach the pushed-back 24 months, not a day more (L5132-15-1, R5132-1-3)
        LocalDate renewalStart = Periods.lastDayAfterMonths(start, 12).plusDays(1);
        assertEquals("pathway.contract.beyond24Months", refused(() -> coord(it, () -> contracts.addContract(pw,
                ContractRequest.of(renewalStart, limitBefore.plusDays(17), "26")))).getKey());
        coord(it, () -> contracts.addContract(pw, ContractRequest.of(renewalStart, limitBefore.plusDays(16), "26")));

        // overlapping and out-of-contract suspensions are refused with the reason
        assertEquals("pathway.suspension.overlap", refused(() -> coord(it, () -> suspensions.suspend(contract,
                s2.plusDays(15), s2.plusDays(20), SuspensionReason.SICKNESS, null))).getKey());
        assertEquals("pathway.suspension.outsideContract", refused(() -> coord(it, () -> suspensions.suspend(contract,
                start.minusDays(1), start.plusDays(2), SuspensionReason.SICKNESS, null))).getKey());
        // supervisors read, never write
        assertThrows(Exception.class, () -> sup(it, () -> suspensions.suspend(contract, s2.plusDays(40),
                s2.plusDays(41), SuspensionReason.OTHER, null)));
        // another structure's contract is not found
        structure("iae7b");
        assertThrows(fr.sillon.domain.NotFoundException.class, () -> coord("iae7b", () -> suspensions.suspend(contract,
                s2.plusDays(40), s2.plusDays(41), SuspensionReason.OTHER, null)));
    }

    /** Point 13: no observation, task presence or validation outside a running contract nor during a suspension. */
    @Test
    void noEvidenceOutsideARunningContract() throws Exception {
        String it = "iae13";
        structure(it);
        LocalDate start = TODAY.minusMonths(5);
        long pw = coord(it, () -> participants.createParticipant(NewParticipant.of("Nathan", "Sorti",
                LocalDate.parse("1995-05-05"), start)));
        coord(it, () -> contracts.addContract(pw, ContractRequest.of(start, Periods.lastDayAfterMonths(start, 8), "26")));
        long contract = coord(it, () -> contracts.contracts(pw).get(0).id());
        LocalDate suspended = TODAY.minusMonths(2);
        coord(it, () -> suspensions.suspend(contract, suspended, suspended.plusDays(9), SuspensionReason.SICKNESS, null));
        LocalDate exit = TODAY.minusWeeks(4);
        coord(it, () -> {
            exits.recordExit(pw, exit, ExitMotive.CDD_6_MONTHS_OR_MORE, null);
            return null;
        });
        long p = participantId(pw);
        long crit = criterion("1.1.1");

        List<ItemResult> results = sup(it, () -> observations.recordObservations(List.of(
                observation(p, crit, exit.plusWeeks(3)),        // 3 weeks after the exit
                observation(p, crit, start.minusDays(1)),       // the day before the contract
                observation(p, crit, suspended),                // first day of the suspension
                observation(p, crit, suspended.plusDays(9)),    // last day of the suspension
                observation(p, crit, suspended.plusDays(10)),   // the day after: working day
                observation(p, crit, start),                    // first day of the contract
                observation(p, crit, exit))));                  // the day of the exit
        assertEquals(List.of(ItemStatus.REJECTED, ItemStatus.REJECTED, ItemStatus.REJECTED, ItemStatus.REJECTED,
                ItemStatus.CREATED, ItemStatus.CREATED, ItemStatus.CREATED), results.stream().map(ItemResult::status).toList());
        assertTrue(results.get(0).reason().contains("n'est plus sous contrat"), results.get(0).reason());
        assertTrue(results.get(0).reason().contains(Periods.fr(exit)), "says the last day: " + results.get(0).reason());
        assertTrue(results.get(1).reason().contains("aucun contrat"), results.get(1).reason());
        assertTrue(results.get(2).reason().contains("suspendu"), results.get(2).reason());
        tx.begin();
        long saved = ((Number) em.createNativeQuery("select count(*) from observation where participant_id = ?1")
                .setParameter(1, p).getSingleResult()).longValue();
        tx.commit();
        assertEquals(3, saved);

        // a task presence on a day after the exit is refused, on a working day accepted
        long site = coord(it, () -> activity.saveSite(new SiteForm(null, "Jardin", SiteKind.JARDIN, "Route", true, 0)));
        long type;
        tx.begin();
        type = ((Number) em.createNativeQuery("select id from task_type where code = 'RECOLTE' and structure_id is null")
                .getSingleResult()).longValue();
        tx.commit();
        DomainException presence = refused(() -> sup(it, () -> activity.recordTask(new TaskRecordForm(exit.plusDays(1),
                site, type, null, 60, List.of(p), null))));
        assertEquals("assessment.workingDay.presence.afterContract", presence.getKey());
        assertEquals("assessment.workingDay.presence.suspended", refused(() -> sup(it, () -> activity.recordTask(
                new TaskRecordForm(suspended.plusDays(3), site, type, null, 60, List.of(p), null)))).getKey());
        assertTrue(sup(it, () -> activity.recordTask(new TaskRecordForm(exit.minusDays(1), site, type, null, 60,
                List.of(p), null))) > 0);

        // a validation decided after the exit is refused
        assertEquals("assessment.workingDay.validation.afterContract",
                refused(() -> sup(it, () -> validations.validate(p, crit, null))).getKey());
    }

    /** Point 6 (R5132-1-2, R5132-1-4): the parcours counts across stays; a new one only on a prescriber's decision. */
    @Test
    void theParcoursCountsAcrossStays() throws Exception {
        String it = "iae6";
        structure(it);
        LocalDate start = TODAY.minusMonths(20);
        long first = coord(it, () -> participants.createParticipant(NewParticipant.of("Paul", "Revenu",
                LocalDate.parse("1985-02-02"), start)));
        LocalDate end1 = Periods.lastDayAfterMonths(start, 12);
        coord(it, () -> contracts.addContract(first, ContractRequest.of(start, end1, "26")));
        coord(it, () -> {
            exits.recordExit(first, end1, ExitMotive.UNEMPLOYED, null);
            return null;
        });
        // back 2 months later: same parcours, 12 months used, the 2 months outside are not counted
        LocalDate back = end1.plusMonths(2).plusDays(1);
        long second = coord(it, () -> participants.reopenPathway(first, back));
        LocalDate limit = Periods.lastDayAfterMonths(start, 24).plusDays(Periods.days(end1.plusDays(1), back.minusDays(1)));
        assertEquals(limit, coord(it, () -> suspensions.parcours(second).limit24()));
        assertEquals(1, coord(it, () -> suspensions.parcours(second).earlierStays()));
        DomainException beyond = refused(() -> coord(it, () -> contracts.addContract(second,
                ContractRequest.of(back, limit.plusDays(1), "26"))));
        assertEquals("pathway.contract.beyond24Months", beyond.getKey());
        assertTrue(beyond.getMessage().contains(Periods.fr(limit)) && beyond.getMessage().contains("L5132-15-1"),
                beyond.getMessage());
        coord(it, () -> contracts.addContract(second, ContractRequest.of(back, limit, "26")));

        // a prescriber's decision starts a new parcours: its 24 months count from zero
        String it2 = "iae6b";
        structure(it2);
        long a = coord(it2, () -> participants.createParticipant(NewParticipant.of("Lina", "Nouvelle",
                LocalDate.parse("1985-02-02"), start)));
        coord(it2, () -> contracts.addContract(a, ContractRequest.of(start, end1, "26")));
        coord(it2, () -> {
            exits.recordExit(a, end1, ExitMotive.UNEMPLOYED, null);
            return null;
        });
        assertEquals("pathway.parcours.decisionRequired", refused(() -> coord(it2, () -> participants.reopenPathway(a,
                back, "Mission locale de Rennes", null))).getKey());
        long b = coord(it2, () -> participants.reopenPathway(a, back, "Mission locale de Rennes", back.minusDays(3)));
        assertEquals(0, coord(it2, () -> suspensions.parcours(b).earlierStays()));
        assertTrue(coord(it2, () -> suspensions.parcours(b).newParcoursDecided()));
        coord(it2, () -> contracts.addContract(b, ContractRequest.of(back, Periods.lastDayAfterMonths(back, 24), "26")));
    }

    /** Point 12: exits count in the rates after 3 months worked; shorter stays are shown apart. */
    @Test
    void exitIndicatorsCountOnlyRealExits() throws Exception {
        String it = "iae12";
        structure(it);
        LocalDate start = TODAY.minusMonths(8);
        LocalDate contractEnd = Periods.lastDayAfterMonths(start, 6);
        LocalDate threeMonths = Periods.lastDayAfterMonths(start, 3);
        long[] ids = new long[3];
        LocalDate[] exitsOn = {threeMonths.minusDays(1), threeMonths, threeMonths.plusDays(1)};
        ExitMotive[] motives = {ExitMotive.CDI_OTHER_EMPLOYER, ExitMotive.CDI_OTHER_EMPLOYER, ExitMotive.UNEMPLOYED};
        for (int i = 0; i < 3; i++) {
            int n = i;
            ids[i] = coord(it, () -> participants.createParticipant(NewParticipant.of("P" + n, "Sortie",
                    LocalDate.parse("1990-01-01"), start)));
            coord(it, () -> contracts.addContract(ids[n], ContractRequest.of(start, contractEnd, "26")));
            coord(it, () -> {
                exits.recordExit(ids[n], exitsOn[n], motives[n], null);
                return null;
            });
        }
        PathwayIndicators ind = coord(it, () -> reports.indicators(start, TODAY));
        assertEquals(1, ind.shortStayExits(), "the exit the day before 3 months is shown apart");
        assertEquals(2, ind.countedExits());
        assertEquals(1, ind.exitsByCategory().get(ExitCategory.EMPLOI_DURABLE));
        assertEquals(1, ind.exitsByCategory().get(ExitCategory.AUTRE_SORTIE));
        assertEquals(0, new java.math.BigDecimal("50.0").compareTo(ind.dynamicRate()), "1 dynamic exit out of 2 counted");
        String csv = new String(coord(it, () -> reports.indicatorsCsv(start, TODAY)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("moins de 3 mois"), csv);
    }
}
