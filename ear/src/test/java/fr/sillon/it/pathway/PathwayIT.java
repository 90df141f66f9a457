package fr.sillon.it.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.pathway.PathwayRetentionJob;
import fr.sillon.ejb.pathway.ParticipantService;
import fr.sillon.ejb.pathway.ContractService;
import fr.sillon.ejb.pathway.FollowUpService;
import fr.sillon.ejb.pathway.ImmersionService;
import fr.sillon.ejb.pathway.TrainingService;
import fr.sillon.ejb.pathway.ExitService;
import fr.sillon.ejb.pathway.PathwayReports;
import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.shared.Page;
import fr.sillon.it.Deployments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/** In-container, against MariaDB: the pathway service as coordinators and supervisors use it. */
@ExtendWith(ArquillianExtension.class)
class PathwayIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PathwayIT.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    ParticipantService participantService;
    @Inject
    ContractService contractService;
    @Inject
    FollowUpService followUpService;
    @Inject
    ImmersionService immersionService;
    @Inject
    TrainingService trainingService;
    @Inject
    ExitService exitService;
    @Inject
    PathwayReports reports;
    @Inject
    PasswordHasher hasher;
    @Inject
    PathwayRetentionJob retention;

    /** A structure of its own for each test, with a coordinator ({prefix}.coord) and a supervisor ({prefix}.sup). */
    void structure(String prefix) throws Exception {
        tx.begin();
        try {
            if (em.createQuery("select count(s) from Structure s where s.code = :c", Long.class)
                    .setParameter("c", prefix.toUpperCase()).getSingleResult() == 0) {
                Structure s = new Structure(prefix.toUpperCase(), "Chantier " + prefix);
                em.persist(s);
                String hash = hasher.hash("it-secret");
                em.persist(new UserAccount(prefix + ".coord", hash, "Coordinatrice " + prefix, Role.COORDINATOR, s));
                em.persist(new UserAccount(prefix + ".sup", hash, "Encadrant " + prefix, Role.SUPERVISOR, s));
            }
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    /**
     * Runs as an account on a fresh thread: the caller is resolved once per request scope and a test method is one
     * request, so each call gets its own scope, as a real request would.
     */
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

    static <T> T admin(Callable<T> action) throws Exception {
        return as("admin", Set.of("ADMIN"), action);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void doneWhen_coordinatorFollowsAPathwayFromEntryToExit() throws Exception {
        String it = "it-pw-done";
        structure(it);
        long id = coord(it, () -> {
            NewParticipant data = new NewParticipant("Élodie", "Mercier", d("1988-04-12"), "elodie@example.org", null,
                    "3 rue des Serres", "42000", "Saint-Étienne", EducationLevel.CAP_BEP_OBTAINED, "1234567A",
                    "999992500001", d("2025-01-06"), d("2027-01-05"), PrescriberKind.FRANCE_TRAVAIL, "Agence Centre",
                    Set.of(EligibilityCriterion.DELD, EligibilityCriterion.CAP_BEP, EligibilityCriterion.PI), false,
                    d("2025-01-06"), null, null);
            return participantService.createParticipant(data);
        });

        // a 6-month CDDI, renewed twice: 18 months
        coord(it, () -> contractService.addContract(id, ContractRequest.of(d("2025-01-06"), d("2025-07-05"), "26")));
        coord(it, () -> contractService.addContract(id, ContractRequest.of(d("2025-07-06"), d("2026-01-05"), "26")));
        coord(it, () -> contractService.addContract(id, ContractRequest.of(d("2026-01-06"), d("2026-07-05"), "30")));
        // a third renewal one day past 24 months, without exception: refused with a French message
        DomainException refused = assertThrows(DomainException.class, () -> coord(it, () ->
                contractService.addContract(id, ContractRequest.of(d("2026-07-06"), d("2027-01-06"), "30"))));
        assertEquals("pathway.contract.beyond24Months", refused.getKey());
        assertTrue(refused.getMessage().contains("24 mois") && refused.getMessage().contains("05/01/2027"), refused.getMessage());
        List<ContractView> contracts = coord(it, () -> contractService.contracts(id));
        assertEquals(List.of(ContractKind.INITIAL, ContractKind.RENEWAL, ContractKind.RENEWAL),
                contracts.stream().map(ContractView::kind).toList());

        // follow-up
        coord(it, () -> followUpService.addInterview(id, InterviewKind.ACCUEIL, d("2025-01-06"), "Accueil, visite du jardin",
                "Situation familiale compliquée", List.of(new NewAction("Rendez-vous CAF", d("2025-01-31")))));
        coord(it, () -> followUpService.addInterview(id, InterviewKind.SUIVI, d("2025-02-14"), "Point à 6 semaines", null, List.of()));
        coord(it, () -> followUpService.addBarrier(id, BarrierCategory.MOBILITY, d("2025-01-06"), "Pas de permis",
                List.of(new NewAction("Inscription auto-école sociale", d("2025-03-01")))));
        coord(it, () -> immersionService.addImmersion(id, new ImmersionRequest("Maraîchage Bio du Pilat", null, d("2025-09-01"),
                d("2025-09-14"), ImmersionObjective.CONFIRM_PROJECT, "Métier de maraîchère", null)));
        coord(it, () -> trainingService.addTraining(id, new TrainingRequest(TrainingKind.SST_INITIAL, null, "INRS Formateur",
                d("2025-03-10"), d("2025-03-11"), null, d("2025-03-11"), "SST-2025-001", Map.of())));
        List<TrainingView> trainings = coord(it, () -> trainingService.trainings(id));
        assertEquals(d("2027-03-10"), trainings.get(0).expiresOn(), "SST valid 24 months « de date à date »");
        assertEquals(0, new BigDecimal("14").compareTo(trainings.get(0).hours()));

        // exit into a CDD of 6 months or more: emploi durable, sortie dynamique
        coord(it, () -> {
            exitService.recordExit(id, d("2026-03-31"), ExitMotive.CDD_6_MONTHS_OR_MORE, "Embauche chez un maraîcher");
            return null;
        });
        ExitView exit = coord(it, () -> exitService.exit(id));
        assertEquals(ExitCategory.EMPLOI_DURABLE, exit.category());
        assertTrue(exit.dynamic());
        assertEquals(PathwayStatus.EXITED, coord(it, () -> participantService.pathway(id)).status());
        assertEquals("pathway.pathway.exited", assertThrows(DomainException.class, () -> coord(it, () ->
                followUpService.addInterview(id, InterviewKind.SUIVI, d("2026-04-10"), null, null, List.of()))).getKey());

        // the timeline shows it all, in date order
        List<TimelineEvent> timeline = coord(it, () -> reports.timeline(id));
        assertEquals(List.of(TimelineKind.ENTRY, TimelineKind.CONTRACT, TimelineKind.INTERVIEW, TimelineKind.BARRIER,
                        TimelineKind.INTERVIEW, TimelineKind.TRAINING, TimelineKind.RENEWAL, TimelineKind.IMMERSION,
                        TimelineKind.RENEWAL, TimelineKind.EXIT),
                timeline.stream().map(TimelineEvent::kind).toList());
        assertTrue(timeline.stream().anyMatch(e -> e.kind() == TimelineKind.TRAINING && e.text().contains("10/03/2027")));

        // the indicators of 2025-2026 show it
        PathwayIndicators ind = coord(it, () -> reports.indicators(d("2025-01-01"), d("2026-12-31")));
        assertEquals(1, ind.peopleEmployed());
        assertEquals(1, ind.entries());
        assertEquals(1L, ind.exitsByCategory().get(ExitCategory.EMPLOI_DURABLE));
        assertEquals(1, ind.countedExits());
        assertEquals(0, new BigDecimal("100.0").compareTo(ind.dynamicRate()));
        assertEquals(0, new BigDecimal("14").compareTo(ind.trainingHours()));
        assertEquals(0L, ind.competenciesValidated());
        // 26 h/week 2025-01-06..2026-01-05 (365 days) + 30 h/week 2026-01-06..2026-03-31 (85 days, cut at the exit)
        BigDecimal expected = new BigDecimal("26").multiply(new BigDecimal(365)).divide(new BigDecimal(7), 2, java.math.RoundingMode.HALF_UP)
                .add(new BigDecimal("30").multiply(new BigDecimal(85)).divide(new BigDecimal(7), 2, java.math.RoundingMode.HALF_UP));
        // the first two contracts are computed separately (181 + 184 days), so allow rounding of each
        assertEquals(expected.doubleValue(), ind.contractHours().doubleValue(), 0.05);

        String csv = new String(coord(it, () -> reports.indicatorsCsv(d("2025-01-01"), d("2026-12-31"))), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Sorties : Emploi durable;1"), csv);
        assertTrue(csv.contains("Taux de sorties dynamiques (%);100,0"), csv);
        byte[] xlsx = coord(it, () -> reports.indicatorsXlsx(d("2025-01-01"), d("2026-12-31")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Indicateurs", wb.getSheetAt(0).getSheetName());
            assertEquals("Entrées en parcours", wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue());
            assertEquals(1.0, wb.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue());
        }

        // the list finds her, paged
        Page<ParticipantRow> page = coord(it, () -> participantService.listParticipants("merc", false, 0, 10));
        assertEquals(1, page.total());
        assertEquals(id, page.rows().get(0).pathwayId());
        assertEquals(d("2026-07-05"), page.rows().get(0).contractEnd());
    }

    @Test
    void pmsmpRulesAreEnforcedByTheService() throws Exception {
        String it = "it-pw-pmsmp";
        structure(it);
        long id = coord(it, () -> participantService.createParticipant(NewParticipant.of("Karim", "Benali", d("1995-02-02"), d("2025-01-06"))));
        long first = coord(it, () -> immersionService.addImmersion(id, new ImmersionRequest("Espaces Verts SARL", null,
                d("2025-03-03"), d("2025-03-16"), ImmersionObjective.DISCOVER_TRADE, null, null)));
        assertEquals("pathway.pmsmp.aboveOneMonth", assertThrows(DomainException.class, () -> coord(it, () ->
                immersionService.addImmersion(id, new ImmersionRequest("Autre hôte", null, d("2025-05-01"), d("2025-06-01"),
                        ImmersionObjective.DISCOVER_TRADE, null, null)))).getKey());
        // a renewal needs the outcome of the first convention: objectives not met (D5135-3)
        coord(it, () -> {
            immersionService.recordImmersionOutcome(first, ImmersionOutcome.NOT_MET, null);
            return null;
        });
        coord(it, () -> immersionService.addImmersion(id, new ImmersionRequest("Espaces Verts SARL", null, d("2025-03-17"),
                d("2025-03-30"), ImmersionObjective.DISCOVER_TRADE, null, first)));
        assertEquals("pathway.pmsmp.renewedOnlyOnce", assertThrows(DomainException.class, () -> coord(it, () ->
                immersionService.addImmersion(id, new ImmersionRequest("Espaces Verts SARL", null, d("2025-04-01"),
                        d("2025-04-05"), ImmersionObjective.DISCOVER_TRADE, null, first)))).getKey());
        // same host (whatever the case), another objective: 28 + 31 = 59 days over 12 months, accepted
        long second = coord(it, () -> immersionService.addImmersion(id, new ImmersionRequest("  espaces verts sarl ", null,
                d("2025-07-01"), d("2025-07-31"), ImmersionObjective.START_RECRUITMENT, null, null)));
        coord(it, () -> {
            immersionService.recordImmersionOutcome(second, ImmersionOutcome.PARTIALLY_MET, null);
            return null;
        });
        // its renewal of 2 days would make 61 days with this host
        assertEquals("pathway.pmsmp.sameHostAbove60Days", assertThrows(DomainException.class, () -> coord(it, () ->
                immersionService.addImmersion(id, new ImmersionRequest("Espaces Verts SARL", null, d("2025-08-01"),
                        d("2025-08-02"), ImmersionObjective.START_RECRUITMENT, null, second)))).getKey());
        coord(it, () -> immersionService.addImmersion(id, new ImmersionRequest("Espaces Verts SARL", null, d("2025-08-01"),
                d("2025-08-01"), ImmersionObjective.START_RECRUITMENT, null, second)));
        assertEquals(4, coord(it, () -> immersionService.immersions(id)).size());
    }

    @Test
    void sensitiveDetailsAreHiddenFromSupervisors() throws Exception {
        String it = "it-pw-sens";
        structure(it);
        long id = coord(it, () -> participantService.createParticipant(new NewParticipant("Sophie", "Garnier", d("1970-05-05"),
                null, null, null, null, null, null, null, null, null, null, null, null,
                Set.of(EligibilityCriterion.TH, EligibilityCriterion.DETENTION_MJ, EligibilityCriterion.SENIOR),
                true, d("2025-02-03"), null, null)));
        coord(it, () -> followUpService.addBarrier(id, BarrierCategory.HEALTH, d("2025-02-03"), "Suivi en addictologie",
                List.of(new NewAction("RDV CSAPA", d("2025-02-20")))));
        coord(it, () -> followUpService.addBarrier(id, BarrierCategory.JUSTICE, d("2025-02-03"), "Contrôle judiciaire", List.of()));
        coord(it, () -> followUpService.addBarrier(id, BarrierCategory.MOBILITY, d("2025-02-03"), "Pas de véhicule", List.of()));
        coord(it, () -> followUpService.addInterview(id, InterviewKind.ACCUEIL, d("2025-02-03"), "Accueil", "Note privée de la CIP", List.of()));

        // the coordinator sees everything
        List<BarrierView> forCoord = coord(it, () -> followUpService.barriers(id));
        assertEquals(3, forCoord.size());
        assertTrue(forCoord.stream().noneMatch(BarrierView::hidden));
        assertTrue(forCoord.stream().anyMatch(b -> "Suivi en addictologie".equals(b.detail()) && b.actions().size() == 1));

        // the supervisor knows there are confidential barriers, nothing more
        List<BarrierView> forSup = sup(it, () -> followUpService.barriers(id));
        assertEquals(3, forSup.size());
        List<BarrierView> hidden = forSup.stream().filter(BarrierView::hidden).toList();
        assertEquals(2, hidden.size());
        for (BarrierView b : hidden) {
            assertTrue(b.sensitive());
            assertNull(b.category());
            assertNull(b.detail());
            assertTrue(b.actions().isEmpty());
        }
        BarrierView mobility = forSup.stream().filter(b -> !b.hidden()).findFirst().orElseThrow();
        assertEquals(BarrierCategory.MOBILITY, mobility.category());
        assertEquals("Pas de véhicule", mobility.detail());
        String supText = forSup.toString() + sup(it, () -> reports.timeline(id)).toString();
        assertFalse(supText.contains("addictologie") || supText.contains("judiciaire") || supText.contains("HEALTH")
                || supText.contains("JUSTICE"), supText);

        // nor the CIP's private notes, the RQTH, or the health and justice eligibility criteria
        assertNull(sup(it, () -> followUpService.interviews(id)).get(0).privateNotes());
        assertEquals("Note privée de la CIP", coord(it, () -> followUpService.interviews(id)).get(0).privateNotes());
        PathwayDetail supDetail = sup(it, () -> participantService.pathway(id));
        assertNull(supDetail.rqth());
        assertEquals(Set.of(EligibilityCriterion.SENIOR), supDetail.criteria());
        PathwayDetail coordDetail = coord(it, () -> participantService.pathway(id));
        assertEquals(Boolean.TRUE, coordDetail.rqth());
        assertEquals(3, coordDetail.criteria().size());

        // supervisors read, they do not write
        assertThrows(EJBAccessException.class, () -> sup(it, () -> followUpService.addBarrier(id, BarrierCategory.HOUSING,
                d("2025-02-04"), "x", List.of())));

        // another structure does not even see that the pathway exists, and the attempt is audited
        String other = "it-pw-other";
        structure(other);
        assertThrows(NotFoundException.class, () -> coord(other, () -> followUpService.barriers(id)));
        assertThrows(NotFoundException.class, () -> coord(other, () -> participantService.pathway(id)));
        tx.begin();
        Number refused = (Number) em.createNativeQuery("select count(*) from audit_entry where actor_login = 'it-pw-other.coord'"
                + " and outcome = 'REFUSED' and target_type = 'Pathway' and target_id = ?1").setParameter(1, String.valueOf(id))
                .getSingleResult();
        tx.commit();
        assertTrue(refused.intValue() >= 2, "refused accesses are audited");
        assertEquals(0, coord(other, () -> participantService.listParticipants(null, false, 0, 50)).total());
    }

    @Test
    void dashboardAlertsForAFixedToday() throws Exception {
        String it = "it-pw-alerts";
        structure(it);
        LocalDate today = d("2025-06-02");
        // A: contract ending in 28 days
        long a = coord(it, () -> participantService.createParticipant(NewParticipant.of("Anne", "Alerte", d("1990-01-01"), d("2025-01-01"))));
        coord(it, () -> contractService.addContract(a, ContractRequest.of(d("2025-01-01"), d("2025-06-30"), "26")));
        coord(it, () -> followUpService.addInterview(a, InterviewKind.SUIVI, d("2025-05-20"), null, null, List.of()));
        // B: reaches 24 months on 2025-07-31, in 59 days
        long b = coord(it, () -> participantService.createParticipant(NewParticipant.of("Bruno", "Vingtquatre", d("1980-01-01"), d("2023-08-01"))));
        coord(it, () -> contractService.addContract(b, ContractRequest.of(d("2023-08-01"), d("2024-07-31"), "26")));
        coord(it, () -> contractService.addContract(b, ContractRequest.of(d("2024-08-01"), d("2025-07-31"), "26")));
        coord(it, () -> followUpService.addInterview(b, InterviewKind.SUIVI, d("2025-05-30"), null, null, List.of()));
        // C: SST expiring on 2025-07-15, no interview since 2025-04-01, PASS IAE ending on 2025-08-01
        long c = coord(it, () -> participantService.createParticipant(new NewParticipant("Chloé", "Secours", d("1992-03-03"), null,
                null, null, null, null, null, null, "999992300009", d("2023-08-02"), d("2025-08-01"), null, null,
                Set.of(), false, d("2024-09-02"), null, null)));
        coord(it, () -> trainingService.addTraining(c, new TrainingRequest(TrainingKind.SST_INITIAL, null, null, d("2023-07-14"),
                d("2023-07-15"), null, d("2023-07-15"), null, Map.of())));
        coord(it, () -> followUpService.addInterview(c, InterviewKind.SUIVI, d("2025-04-01"), null, null, List.of()));
        // D: nothing due
        long dd = coord(it, () -> participantService.createParticipant(NewParticipant.of("Damien", "Tranquille", d("1985-01-01"), d("2025-05-01"))));
        coord(it, () -> contractService.addContract(dd, ContractRequest.of(d("2025-05-01"), d("2025-12-31"), "26")));
        coord(it, () -> followUpService.addInterview(dd, InterviewKind.ACCUEIL, d("2025-05-25"), null, null, List.of()));
        // E: exited, old interview: no alert
        long e = coord(it, () -> participantService.createParticipant(NewParticipant.of("Emma", "Sortie", d("1985-01-01"), d("2024-01-08"))));
        coord(it, () -> {
            exitService.recordExit(e, d("2025-01-31"), ExitMotive.QUALIFYING_TRAINING, null);
            return null;
        });

        List<PathwayAlerts.Alert> alerts = coord(it, () -> reports.alerts(today));
        Map<String, Set<PathwayAlerts.Kind>> byName = alerts.stream().collect(Collectors.groupingBy(
                PathwayAlerts.Alert::participantName, Collectors.mapping(PathwayAlerts.Alert::kind, Collectors.toSet())));
        assertEquals(Map.of(
                "Anne Alerte", Set.of(PathwayAlerts.Kind.CONTRACT_ENDING_30),
                "Bruno Vingtquatre", Set.of(PathwayAlerts.Kind.CONTRACT_ENDING_60, PathwayAlerts.Kind.RENEWAL_DECISION_DUE),
                "Chloé Secours", Set.of(PathwayAlerts.Kind.SST_EXPIRING, PathwayAlerts.Kind.NO_RECENT_INTERVIEW,
                        PathwayAlerts.Kind.PASS_IAE_ENDING)), byName);
        // sorted by date: Chloé's last interview is 6 weeks old since 2025-05-13
        assertEquals(PathwayAlerts.Kind.NO_RECENT_INTERVIEW, alerts.get(0).kind());
        assertEquals(d("2025-05-13"), alerts.get(0).date());

        // supervisors have no dashboard of pathways
        assertThrows(EJBAccessException.class, () -> sup(it, () -> reports.alerts(today)));
    }

    @Test
    void participantsAreAnonymised24MonthsAfterTheirLastExit() throws Exception {
        String it = "it-pw-gdpr";
        structure(it);
        long old = coord(it, () -> participantService.createParticipant(new NewParticipant("Paul", "Ancien", d("1970-01-01"),
                "paul@example.org", "0600000000", "1 rue Haute", "42000", "Saint-Étienne", null, "FT-42", "999992200001",
                d("2022-01-03"), d("2024-01-02"), PrescriberKind.SPIP, "SPIP Loire", Set.of(EligibilityCriterion.DETENTION_MJ),
                true, d("2022-01-03"), null, null)));
        coord(it, () -> followUpService.addInterview(old, InterviewKind.ACCUEIL, d("2022-01-03"), "Accueil", "Notes privées",
                List.of(new NewAction("Démarches", d("2022-02-01")))));
        coord(it, () -> followUpService.addBarrier(old, BarrierCategory.HEALTH, d("2022-01-03"), "Détail de santé", List.of()));
        coord(it, () -> {
            exitService.recordExit(old, d("2023-03-31"), ExitMotive.UNEMPLOYED, null);
            return null;
        });
        long recent = coord(it, () -> participantService.createParticipant(NewParticipant.of("Rita", "Recente", d("1980-01-01"), d("2022-06-01"))));
        coord(it, () -> {
            exitService.recordExit(recent, d("2023-04-01"), ExitMotive.INACTIVE, null);
            return null;
        });
        tx.begin();
        Long structureId = em.createQuery("select s.id from Structure s where s.code = :c", Long.class)
                .setParameter("c", it.toUpperCase()).getSingleResult();
        tx.commit();

        assertThrows(EJBAccessException.class, () -> coord(it, () -> retention.anonymiseExpired(d("2025-04-01"), structureId)));
        assertEquals(0, admin(() -> retention.anonymiseExpired(d("2025-03-31"), structureId)), "24 months not over");
        assertEquals(1, admin(() -> retention.anonymiseExpired(d("2025-04-01"), structureId)));
        assertEquals(0, admin(() -> retention.anonymiseExpired(d("2025-04-01"), structureId)), "done once");

        PathwayDetail gone = coord(it, () -> participantService.pathway(old));
        assertEquals("Anonyme", gone.firstName());
        assertNull(gone.email());
        assertNull(gone.birthDate());
        assertNull(gone.passIaeNumber());
        assertEquals(Boolean.FALSE, gone.rqth());
        assertTrue(gone.criteria().isEmpty());
        InterviewView interview = coord(it, () -> followUpService.interviews(old)).get(0);
        assertNull(interview.privateNotes());
        assertNull(interview.summary());
        assertTrue(interview.actions().isEmpty());
        assertNull(coord(it, () -> followUpService.barriers(old)).get(0).detail());
        assertEquals(ExitCategory.AUTRE_SORTIE, coord(it, () -> exitService.exit(old)).category(), "the exit still counts");
        assertEquals("Rita", coord(it, () -> participantService.pathway(recent)).firstName());
    }
}
