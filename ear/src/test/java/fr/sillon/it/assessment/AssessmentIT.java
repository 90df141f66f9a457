package fr.sillon.it.assessment;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.AccessDeniedException;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.activity.SiteKind;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.TaskCatalogueService;
import fr.sillon.ejb.activity.ActivityViews.*;
import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.ejb.assessment.ProgressQueries;
import fr.sillon.ejb.assessment.AssessmentViews.*;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import fr.sillon.it.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * In-container, against MariaDB: production tasks, the observation grid, batches, corrections, the validation policy
 * in SQL, validation decisions (including two at once), progress, and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {
    static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AssessmentIT.class, WebClient.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    ActivityService activity;
    @Inject
    TaskCatalogueService catalogue;
    @Inject
    ObservationService observations;
    @Inject
    ValidationService validations;
    @Inject
    ProgressQueries progressQueries;
    @Inject
    PasswordHasher hasher;

    // ------------------------------------------------------------------ fixtures

    /** A structure of its own, with {prefix}.coord (COORDINATOR) and {prefix}.sup (SUPERVISOR); returns its id. */
    long structure(String prefix) throws Exception {
        tx.begin();
        try {
            Structure s = new Structure(prefix.toUpperCase(), "Jardin " + prefix);
            em.persist(s);
            String hash = hasher.hash("it-secret");
            em.persist(new UserAccount(prefix + ".coord", hash, "Coordinatrice " + prefix, Role.COORDINATOR, s));
            em.persist(new UserAccount(prefix + ".sup", hash, "Encadrant " + prefix, Role.SUPERVISOR, s));
            tx.commit();
            return s.getId();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    List<Long> participants(long structureId, String prefix, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        tx.begin();
        for (int i = 1; i <= n; i++) {
            em.createNativeQuery("insert into participant (structure_id, first_name, last_name) values (:s, :f, :l)")
                    .setParameter("s", structureId).setParameter("f", "Prénom" + i).setParameter("l", prefix + "-Nom" + i)
                    .executeUpdate();
            long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            ids.add(id);
            // observations, presences and validations need a running contract (issue 13 point 13)
            em.createNativeQuery("insert into pathway (structure_id, participant_id, entry_date) values (:s, :p, :d)")
                    .setParameter("s", structureId).setParameter("p", id)
                    .setParameter("d", java.time.LocalDate.now().minusYears(1)).executeUpdate();
            em.createNativeQuery("insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours)"
                            + " values (:s, last_insert_id(), 'INITIAL', :from, :to, 26)")
                    .setParameter("s", structureId).setParameter("from", java.time.LocalDate.now().minusYears(1))
                    .setParameter("to", java.time.LocalDate.now().plusMonths(6)).executeUpdate();
        }
        tx.commit();
        return ids;
    }

    long userId(String login) throws Exception {
        tx.begin();
        long id = em.createQuery("select u.id from UserAccount u where u.login = :l", Long.class)
                .setParameter("l", login).getSingleResult();
        tx.commit();
        return id;
    }

    long taskType(String code) throws Exception {
        tx.begin();
        long id = ((Number) em.createNativeQuery("select id from task_type where code = :c and structure_id is null")
                .setParameter("c", code).getSingleResult()).longValue();
        tx.commit();
        return id;
    }

    long criterion(String framework, String code) throws Exception {
        tx.begin();
        long id = ((Number) em.createNativeQuery("""
                select c.id from competency c join framework f on f.id = c.framework_id
                where f.code = :f and f.structure_id is null and c.code = :c""")
                .setParameter("f", framework).setParameter("c", code).getSingleResult()).longValue();
        tx.commit();
        return id;
    }

    long count(String sql, Object... params) throws Exception {
        tx.begin();
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        long n = ((Number) q.getSingleResult()).longValue();
        tx.commit();
        return n;
    }

    static <T> T coord(String prefix, Callable<T> action) throws Exception {
        return RunAs.user(prefix + ".coord", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    static <T> T sup(String prefix, Callable<T> action) throws Exception {
        return RunAs.user(prefix + ".sup", Set.of("SUPERVISOR"), action);
    }

    /** A site and a team of the given participants, led by {prefix}.sup; returns {siteId, teamId}. */
    long[] siteAndTeam(String prefix, List<Long> members) throws Exception {
        long supId = userId(prefix + ".sup");
        long site = coord(prefix, () -> activity.saveSite(new SiteForm(null, "Jardin du Moulin", SiteKind.JARDIN,
                "Route de Vern", true, 0)));
        long team = coord(prefix, () -> activity.saveTeam(new TeamForm(null, "Équipe maraîchage", supId, members, true, 0)));
        return new long[] {site, team};
    }

    /** Records a harvest on {@code day} for the team and rates every cell of the grid at {@code rank}. */
    SaveSummary harvestAndRate(String prefix, long[] siteTeam, LocalDate day, int rank) throws Exception {
        long type = taskType("RECOLTE");
        return sup(prefix, () -> {
            List<Long> present = activity.teamMembers(siteTeam[1]).stream().map(PersonOption::id).toList();
            long task = activity.recordTask(new TaskRecordForm(day, siteTeam[0], type, siteTeam[1], 180, present, null));
            ObservationGrid grid = observations.grid(task);
            List<GridCell> cells = new ArrayList<>();
            for (GridParticipant p : grid.participants()) {
                for (GridCriterion c : grid.criteria()) {
                    cells.add(new GridCell(p.id(), c.id(), rank, UUID.randomUUID().toString()));
                }
            }
            return observations.saveGrid(new GridSave(task, cells, Map.of(present.get(0), "Très soigneux avec les caisses")));
        });
    }

    static ObservationInput obs(long participant, long criterion, int rank, LocalDate day) {
        return new ObservationInput(UUID.randomUUID().toString(), participant, criterion, rank, day, null, null);
    }

    // ------------------------------------------------------------------ the "done when"

    @Test
    void harvestForFiveParticipantsThenValidationOfACleaCriterionShowsInProgress() throws Exception {
        String prefix = "it-asm-done";
        long structure = structure(prefix);
        List<Long> five = participants(structure, prefix, 5);
        long[] siteTeam = siteAndTeam(prefix, five);
        long count = criterion("CLEA", "2.1.2"); // « Compter, dénombrer », linked to the harvest

        // today's harvest, pre-filled from the team, rated for five participants in one save
        SaveSummary today = harvestAndRate(prefix, siteTeam, TODAY, 3); // its speed: the API benchmark (README)
        long criteriaOfHarvest = count("select count(*) from task_type_criterion where task_type_id = ?1", taskType("RECOLTE"));
        assertEquals(5 * criteriaOfHarvest, today.created(), "one observation per participant and criterion");
        long p1 = five.get(0);
        assertTrue(sup(prefix, () -> validations.proposals(p1, 0, 50)).isEmpty(), "one day of evidence is not enough");

        // more evidence on other days: the policy is met (≥ 3 at or above Autonome, on ≥ 2 days, latest not below)
        harvestAndRate(prefix, siteTeam, TODAY.minusDays(7), 3);
        harvestAndRate(prefix, siteTeam, TODAY.minusDays(2), 4);
        List<Proposal> proposals = sup(prefix, () -> validations.proposals(p1, 0, 50));
        assertTrue(proposals.stream().anyMatch(p -> p.competencyId() == count), proposals.toString());
        Proposal p = proposals.stream().filter(x -> x.competencyId() == count).findFirst().orElseThrow();
        assertEquals(3, p.observationsAtOrAbove());
        assertEquals(3, p.distinctDays());
        assertEquals(5 * criteriaOfHarvest, sup(prefix, () -> validations.countProposals(null)));

        long validation = sup(prefix, () -> validations.validate(p1, count, "Compte les caisses sans erreur"));
        assertEquals(3, count("select count(*) from validation_evidence where validation_id = ?1", validation));
        assertEquals(1, count("select count(*) from audit_entry where action = 'VALIDATION_VALIDATE' and target_id = ?1",
                String.valueOf(validation)));

        ParticipantProgress progress = sup(prefix, () -> progressQueries.progress(p1));
        FrameworkProgress clea = progress.frameworks().stream().filter(f -> f.frameworkCode().equals("CLEA"))
                .findFirst().orElseThrow();
        assertEquals(1, clea.validated());
        DomainProgress calcul = clea.domains().stream().filter(d -> "2".equals(d.domainCode())).findFirst().orElseThrow();
        assertEquals(1, calcul.validated());
        assertTrue(clea.inProgress() >= 1, "the other CléA criteria of the harvest are in progress");
        assertEquals(clea.total() - clea.validated() - clea.inProgress(), clea.notObserved());
        assertTrue(sup(prefix, () -> validations.proposals(p1, 0, 50)).stream().noneMatch(x -> x.competencyId() == count),
                "a validated criterion is not proposed again");
        List<DecisionRow> decisions = sup(prefix, () -> validations.decisions(p1, 0, 10));
        assertEquals("Encadrant " + prefix, decisions.get(0).decidedByName());
    }

    // ------------------------------------------------------------------ validations

    @Test
    void twoValidationsAtOnceProduceOne() throws Exception {
        String prefix = "it-asm-race";
        long structure = structure(prefix);
        long p = participants(structure, prefix, 1).get(0);
        long crit = criterion("CLEA", "7.2.2");
        sup(prefix, () -> observations.recordObservations(List.of(obs(p, crit, 3, TODAY.minusDays(3)),
                obs(p, crit, 3, TODAY.minusDays(1)), obs(p, crit, 4, TODAY))));

        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity supervisor = domain.createAdHocIdentity(prefix + ".sup")
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(Set.of("SUPERVISOR"))));
        SecurityIdentity coordinator = domain.createAdHocIdentity(prefix + ".coord")
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(Set.of("COORDINATOR", "SUPERVISOR"))));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (SecurityIdentity who : List.of(supervisor, coordinator)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        Callable<Long> validate = () -> validations.validate(p, crit, "vu sur trois récoltes");
                        return "OK " + who.runAs(validate);
                    } catch (DomainException e) {
                        return e.getKey();
                    }
                }));
            }
            start.countDown(); // both calls leave together
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter(r -> r.startsWith("OK")).count(), results.toString());
            assertTrue(results.contains("assessment.validation.alreadyValidated"), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from validation where participant_id = ?1 and competency_id = ?2"
                + " and status = 'VALIDATED'", p, crit));
        DomainException again = assertThrows(DomainException.class,
                () -> sup(prefix, () -> validations.validate(p, crit, "encore")));
        assertEquals("Ce critère vient d'être validé pour ce participant par quelqu'un d'autre : il n'a pas été validé"
                + " une seconde fois.", again.getMessage());
    }

    /**
     * Six devices send a batch on the same three people and criteria at the same moment (they all wait at one latch):
     * every batch is recorded whole, none of them had to be retried after a deadlock (the writers of one person's
     * evidence queue behind a lock on that person), and the read model counts every observation.
     */
    @Test
    void batchesOnTheSamePeopleAtOnceAllLandWithoutDeadlockAndProgressCountsThemAll() throws Exception {
        String prefix = "it-asm-devices";
        long structure = structure(prefix);
        List<Long> people = participants(structure, prefix, 3);
        List<Long> criteria = List.of(criterion("CLEA", "1.1.1"), criterion("CLEA", "3.1.1"), criterion("CLEA", "7.2.2"));
        int devices = 6;
        long retriesBefore = fr.sillon.ejb.cluster.TransactionRetryInterceptor.retries();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        try {
            List<Future<List<ItemResult>>> sent = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                LocalDate day = TODAY.minusDays(d);
                sent.add(pool.submit(() -> {
                    List<ObservationInput> batch = new ArrayList<>();
                    for (long p : people) {
                        for (long c : criteria) {
                            batch.add(obs(p, c, 3, day));
                        }
                    }
                    start.await();
                    return sup(prefix, () -> observations.recordObservations(batch));
                }));
            }
            start.countDown();
            for (Future<List<ItemResult>> f : sent) {
                List<ItemResult> results = f.get(120, TimeUnit.SECONDS);
                assertEquals(9, results.stream().filter(r -> r.status() == ItemStatus.CREATED).count(), results.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(retriesBefore, fr.sillon.ejb.cluster.TransactionRetryInterceptor.retries(),
                "no batch was run again after a deadlock");
        for (long p : people) {
            for (long c : criteria) {
                assertEquals(devices, count("select n_effective from criterion_progress where participant_id = ?1"
                        + " and competency_id = ?2", p, c), "observations of " + p + " on " + c + " in the read model");
                assertEquals(devices, count("select days_ok from criterion_progress where participant_id = ?1"
                        + " and competency_id = ?2", p, c), "distinct days at or above the acquired level");
            }
        }
    }

    @Test
    void declineRevokeAndPolicyNotMet() throws Exception {
        String prefix = "it-asm-decide";
        long structure = structure(prefix);
        long p = participants(structure, prefix, 1).get(0);
        long crit = criterion("MARAICHAGE", "4.1");
        sup(prefix, () -> observations.recordObservations(List.of(obs(p, crit, 3, TODAY.minusDays(5)),
                obs(p, crit, 3, TODAY.minusDays(5)))));
        assertEquals("assessment.validation.policyNotMet", assertThrows(DomainException.class,
                () -> sup(prefix, () -> validations.validate(p, crit, null))).getKey(), "two observations on one day");

        sup(prefix, () -> observations.recordObservations(List.of(obs(p, crit, 4, TODAY.minusDays(1)))));
        assertEquals(1, sup(prefix, () -> validations.proposals(p, 0, 10)).size());
        assertEquals("assessment.validation.declineNoteRequired", assertThrows(DomainException.class,
                () -> sup(prefix, () -> validations.decline(p, crit, " "))).getKey());
        sup(prefix, () -> validations.decline(p, crit, "Geste encore hésitant sur les salades"));
        assertTrue(sup(prefix, () -> validations.proposals(p, 0, 10)).isEmpty(), "declined: not proposed again as is");

        sup(prefix, () -> observations.recordObservations(List.of(obs(p, crit, 4, TODAY))));
        assertEquals(1, sup(prefix, () -> validations.proposals(p, 0, 10)).size(), "new evidence brings it back");
        long v = sup(prefix, () -> validations.validate(p, crit, "Récolte au bon stade"));
        assertTrue(sup(prefix, () -> validations.proposals(p, 0, 10)).isEmpty());

        DecisionRow row = sup(prefix, () -> validations.decisions(p, 0, 10)).get(0);
        assertEquals(v, row.id());
        assertThrows(EJBAccessException.class, () -> sup(prefix, () -> {
            validations.revoke(v, row.version(), "pas mon rôle");
            return null;
        }), "only coordinators revoke");
        assertEquals("assessment.validation.revokeReasonRequired", assertThrows(DomainException.class,
                () -> coord(prefix, () -> {
                    validations.revoke(v, row.version(), "");
                    return null;
                })).getKey());
        coord(prefix, () -> {
            validations.revoke(v, row.version(), "Validé sur le mauvais participant");
            return null;
        });
        assertEquals("error.optimisticLock", assertThrows(DomainException.class, () -> coord(prefix, () -> {
            validations.revoke(v, row.version(), "deux fois");
            return null;
        })).getKey(), "a stale version is refused");
        assertEquals(1, sup(prefix, () -> validations.proposals(p, 0, 10)).size(), "a revoked validation allows a new proposal");
        assertEquals(1, count("select count(*) from audit_entry where action = 'VALIDATION_REVOKE' and target_id = ?1",
                String.valueOf(v)));
    }

    // ------------------------------------------------------------------ batches, corrections, history

    @Test
    void aRetriedBatchCreatesNoDuplicatesAndInvalidItemsAreReportedOneByOne() throws Exception {
        String prefix = "it-asm-batch";
        long structure = structure(prefix);
        long p = participants(structure, prefix, 1).get(0);
        long crit = criterion("CLEA", "1.3.4");
        List<ObservationInput> batch = List.of(
                obs(p, crit, 3, TODAY),
                obs(p, crit, 2, TODAY.minusDays(1)),
                obs(p, crit, 9, TODAY),                                                    // not on the scale
                new ObservationInput("pas-un-uuid", p, crit, 3, TODAY, null, null),         // bad UUID
                obs(p, crit, 3, TODAY.plusDays(1)),                                         // future
                new ObservationInput(UUID.randomUUID().toString(), p, null, 3, TODAY, null, null), // missing criterion
                obs(p, crit, 0, TODAY));                                                    // « non observé »
        List<ItemResult> first = sup(prefix, () -> observations.recordObservations(batch));
        assertEquals(List.of(ItemStatus.CREATED, ItemStatus.CREATED, ItemStatus.REJECTED, ItemStatus.REJECTED,
                ItemStatus.REJECTED, ItemStatus.REJECTED, ItemStatus.REJECTED), first.stream().map(ItemResult::status).toList());
        assertEquals("Le niveau 9 n'existe pas sur l'échelle de ce référentiel.", first.get(2).reason());
        assertTrue(first.get(3).reason().startsWith("Identifiant client invalide"), first.get(3).reason());
        assertEquals("La date d'observation ne peut pas être dans le futur.", first.get(4).reason());
        assertEquals("Champ obligatoire manquant : competencyId.", first.get(5).reason());
        assertNotNull(first.get(0).observationId());

        List<ItemResult> retry = sup(prefix, () -> observations.recordObservations(batch));
        assertEquals(ItemStatus.DUPLICATE, retry.get(0).status());
        assertEquals(ItemStatus.DUPLICATE, retry.get(1).status());
        assertEquals(first.get(0).observationId(), retry.get(0).observationId());
        assertEquals(2, count("select count(*) from observation where participant_id = ?1", p));

        ObservationInput reused = new ObservationInput(batch.get(0).uuid(), p, crit, 4, TODAY, null, null);
        ItemResult conflict = sup(prefix, () -> observations.recordObservations(List.of(reused))).get(0);
        assertEquals(ItemStatus.REJECTED, conflict.status());
        assertTrue(conflict.reason().contains("a déjà servi"), conflict.reason());
        assertEquals(2, count("select count(*) from observation where participant_id = ?1", p));
    }

    @Test
    void correctionsAreNewRowsAndHistoryShowsThem() throws Exception {
        String prefix = "it-asm-fix";
        long structure = structure(prefix);
        long p = participants(structure, prefix, 1).get(0);
        long crit = criterion("SST", "C7");
        long original = sup(prefix, () -> observations.recordObservations(List.of(obs(p, crit, 4, TODAY.minusDays(1)))))
                .get(0).observationId();
        assertEquals("assessment.observation.reasonRequired", assertThrows(DomainException.class,
                () -> sup(prefix, () -> observations.correct(original, 2, null, ""))).getKey());
        long fix = sup(prefix, () -> observations.correct(original, 2, null, "Confusion avec un autre participant"));
        assertEquals("assessment.observation.alreadyCorrected", assertThrows(DomainException.class,
                () -> sup(prefix, () -> observations.correct(original, 3, null, "encore"))).getKey());

        assertEquals(4, count("select level_rank from observation where id = ?1", original), "never updated");
        List<HistoryRow> history = sup(prefix, () -> observations.history(p, null, 0, 10));
        assertEquals(2, history.size());
        HistoryRow newest = history.stream().filter(h -> h.id() == fix).findFirst().orElseThrow();
        HistoryRow old = history.stream().filter(h -> h.id() == original).findFirst().orElseThrow();
        assertEquals(original, newest.supersedesId());
        assertEquals("Confusion avec un autre participant", newest.correctionReason());
        assertEquals("Avec aide", newest.levelLabel());
        assertTrue(old.superseded());
        assertFalse(newest.superseded());
        assertEquals(1, sup(prefix, () -> observations.history(p, crit, 0, 1)).size(), "paged");

        ParticipantProgress progress = sup(prefix, () -> progressQueries.progress(p));
        FrameworkProgress sst = progress.frameworks().stream().filter(f -> f.frameworkCode().equals("SST")).findFirst().orElseThrow();
        assertEquals(1, sst.inProgress());
        // withdrawing the observation (« non observé ») leaves the criterion not observed
        sup(prefix, () -> observations.correct(fix, 0, null, "Tâche finalement non réalisée"));
        sst = sup(prefix, () -> progressQueries.progress(p)).frameworks().stream().filter(f -> f.frameworkCode().equals("SST"))
                .findFirst().orElseThrow();
        assertEquals(0, sst.inProgress());
    }

    @Test
    void gridOnlyAcceptsTheTaskParticipantsAndCriteriaAndCorrectsChangedCells() throws Exception {
        String prefix = "it-asm-grid";
        long structure = structure(prefix);
        List<Long> people = participants(structure, prefix, 3);
        long[] siteTeam = siteAndTeam(prefix, people.subList(0, 2));
        long type = taskType("TONTE");
        long task = sup(prefix, () -> activity.recordTask(new TaskRecordForm(TODAY, siteTeam[0], type, siteTeam[1], 120,
                people.subList(0, 2), null)));
        ObservationGrid grid = sup(prefix, () -> observations.grid(task));
        assertEquals(2, grid.participants().size());
        assertTrue(grid.criteria().stream().anyMatch(c -> c.frameworkCode().equals("ESPACES_VERTS")));
        List<LevelOption> levels = grid.levelsByScale().get(grid.criteria().get(0).scaleId());
        assertEquals("Non observé", levels.get(0).label());
        assertEquals(5, levels.size());

        long crit = grid.criteria().get(0).id();
        long other = criterion("CLEA", "1.1.1");
        DomainException outsider = assertThrows(DomainException.class, () -> sup(prefix, () -> observations.saveGrid(
                new GridSave(task, List.of(new GridCell(people.get(2), crit, 3, null)), Map.of()))));
        assertEquals("assessment.grid.rejected", outsider.getKey());
        assertTrue(outsider.getMessage().contains(DomainException.format("assessment.observation.participantNotInTask")),
                outsider.getMessage());
        DomainException offTask = assertThrows(DomainException.class, () -> sup(prefix, () -> observations.saveGrid(
                new GridSave(task, List.of(new GridCell(people.get(0), other, 3, null)), Map.of()))));
        assertEquals("assessment.grid.rejected", offTask.getKey());
        assertTrue(offTask.getMessage().contains(DomainException.format("assessment.observation.criterionNotInTask")),
                offTask.getMessage());

        SaveSummary s1 = sup(prefix, () -> observations.saveGrid(new GridSave(task, List.of(
                new GridCell(people.get(0), crit, 3, null), new GridCell(people.get(1), crit, 0, null)), Map.of())));
        assertEquals(new SaveSummary(1, 0, 0), s1, "« non observé » saves nothing");
        SaveSummary s2 = sup(prefix, () -> observations.saveGrid(new GridSave(task, List.of(
                new GridCell(people.get(0), crit, 4, null), new GridCell(people.get(1), crit, 0, null)), Map.of())));
        assertEquals(new SaveSummary(0, 1, 0), s2, "a changed cell is a correction");
        assertEquals(4, sup(prefix, () -> observations.grid(task)).existing().get(0).levelRank());
    }

    // ------------------------------------------------------------------ tenants and roles

    @Test
    void aSupervisorCannotObserveNorReadParticipantsOfAnotherStructure() throws Exception {
        String mine = "it-asm-ten1";
        String theirs = "it-asm-ten2";
        structure(mine);
        long other = structure(theirs);
        List<Long> foreigners = participants(other, theirs, 2);
        long[] theirSiteTeam = siteAndTeam(theirs, foreigners);
        long type = taskType("DESHERBAGE");
        long theirTask = sup(theirs, () -> activity.recordTask(new TaskRecordForm(TODAY, theirSiteTeam[0], type,
                theirSiteTeam[1], 60, foreigners, null)));
        long crit = criterion("CLEA", "7.2.2");

        ItemResult refused = sup(mine, () -> observations.recordObservations(List.of(obs(foreigners.get(0), crit, 3, TODAY))))
                .get(0);
        assertEquals(ItemStatus.REJECTED, refused.status());
        assertEquals("Ce participant n'existe pas dans votre structure.", refused.reason());
        assertEquals(0, count("select count(*) from observation where participant_id = ?1", foreigners.get(0)));
        assertTrue(count("select count(*) from audit_entry where actor_login = ?1 and outcome = 'REFUSED'"
                + " and action = 'OBSERVATION_RECORD'", mine + ".sup") >= 1);

        assertThrows(NotFoundException.class, () -> sup(mine, () -> observations.grid(theirTask)));
        assertThrows(NotFoundException.class, () -> sup(mine, () -> observations.history(foreigners.get(0), null, 0, 10)));
        assertThrows(NotFoundException.class, () -> sup(mine, () -> progressQueries.progress(foreigners.get(0))));
        assertThrows(NotFoundException.class, () -> sup(mine, () -> validations.validate(foreigners.get(0), crit, null)));
        assertThrows(NotFoundException.class, () -> sup(mine, () -> activity.teamMembers(theirSiteTeam[1])));
        assertEquals("activity.team.foreignParticipant", assertThrows(DomainException.class, () -> coord(mine,
                () -> activity.saveTeam(new TeamForm(null, "Vol", userId(mine + ".sup"), foreigners, true, 0)))).getKey());
        assertTrue(count("select count(*) from audit_entry where actor_login = ?1 and outcome = 'REFUSED'",
                mine + ".sup") >= 4, "every refusal is audited");
        assertTrue(sup(mine, () -> activity.taskRecords(TODAY.minusDays(1), TODAY, false, 0, 10)).isEmpty());
    }

    @Test
    void participantsSeeTheirOwnProgressOnlyAndCannotObserve() throws Exception {
        String prefix = "it-asm-self";
        long structure = structure(prefix);
        List<Long> two = participants(structure, prefix, 2);
        tx.begin();
        Structure s = em.find(Structure.class, structure);
        UserAccount account = new UserAccount(prefix + ".me", hasher.hash("it-secret"), "Moi", Role.PARTICIPANT, s);
        em.persist(account);
        em.flush();
        em.createNativeQuery("update participant set user_account_id = :u where id = :p")
                .setParameter("u", account.getId()).setParameter("p", two.get(0)).executeUpdate();
        tx.commit();
        long crit = criterion("CLEA", "4.1.2");
        sup(prefix, () -> observations.recordObservations(List.of(obs(two.get(0), crit, 3, TODAY))));

        assertEquals(two.get(0), RunAs.user(prefix + ".me", Set.of("PARTICIPANT"), () -> progressQueries.myParticipantId()));
        ParticipantProgress mine = RunAs.user(prefix + ".me", Set.of("PARTICIPANT"), () -> progressQueries.progress(two.get(0)));
        assertEquals(1, mine.frameworks().stream().mapToInt(FrameworkProgress::inProgress).sum());
        assertEquals(1, RunAs.user(prefix + ".me", Set.of("PARTICIPANT"), () -> observations.history(two.get(0), null, 0, 10)).size());
        assertThrows(AccessDeniedException.class,
                () -> RunAs.user(prefix + ".me", Set.of("PARTICIPANT"), () -> progressQueries.progress(two.get(1))));
        assertThrows(AccessDeniedException.class,
                () -> RunAs.user(prefix + ".me", Set.of("PARTICIPANT"), () -> validations.decisions(null, 0, 10)));
        assertThrows(EJBAccessException.class, () -> RunAs.user(prefix + ".me", Set.of("PARTICIPANT"),
                () -> observations.recordObservations(List.of(obs(two.get(0), crit, 4, TODAY)))));
        assertThrows(EJBAccessException.class, () -> RunAs.user(prefix + ".me", Set.of("PARTICIPANT"),
                () -> activity.sites(true)));
    }

    @Test
    void catalogueIsSharedAndEachStructureEditsItsOwn() throws Exception {
        String prefix = "it-asm-cat";
        structure(prefix);
        List<TaskTypeView> shipped = sup(prefix, () -> catalogue.taskTypes(null, true, 0, 200));
        assertTrue(shipped.size() >= 25, "shipped catalogue: " + shipped.size());
        assertTrue(shipped.stream().allMatch(t -> t.shipped() && t.criterionCount() > 0), "every task type exercises criteria");
        long harvest = taskType("RECOLTE");
        TaskTypeDetail detail = sup(prefix, () -> catalogue.taskType(harvest));
        assertTrue(detail.criteria().stream().anyMatch(c -> c.frameworkCode().equals("CLEA") && c.code().equals("2.1.2")));

        assertEquals("activity.taskType.readOnly", assertThrows(DomainException.class, () -> coord(prefix,
                () -> catalogue.saveTaskType(new TaskTypeForm(harvest, "Récolte modifiée", null, SiteKind.JARDIN, null, true,
                        List.of(), detail.version())))).getKey());
        assertThrows(EJBAccessException.class, () -> sup(prefix, () -> catalogue.copyTaskType(harvest)), "coordinators only");
        long copy = coord(prefix, () -> catalogue.copyTaskType(harvest));
        long extra = criterion("CLEA", "1.4.2");
        List<Long> criteria = new ArrayList<>(detail.criteria().stream().map(CriterionOption::id).toList());
        criteria.add(extra);
        TaskTypeDetail mineBefore = coord(prefix, () -> catalogue.taskType(copy));
        coord(prefix, () -> catalogue.saveTaskType(new TaskTypeForm(copy, "Récolte et fiche de récolte", "avec la fiche papier",
                SiteKind.PARCELLE, fr.sillon.domain.activity.Season.SUMMER, true, criteria, mineBefore.version())));
        TaskTypeDetail mineAfter = sup(prefix, () -> catalogue.taskType(copy));
        assertEquals(criteria.size(), mineAfter.criteria().size());
        assertFalse(mineAfter.shipped());
        assertEquals("error.optimisticLock", assertThrows(DomainException.class, () -> coord(prefix,
                () -> catalogue.saveTaskType(new TaskTypeForm(copy, "x", null, null, null, true, List.of(),
                        mineBefore.version())))).getKey());
        assertTrue(sup(prefix, () -> catalogue.searchCriteria("1.3.4", 10)).stream()
                .anyMatch(c -> c.frameworkCode().equals("CLEA")));
    }

    // ------------------------------------------------------------------ HTTP: REST batch and pages

    @Test
    void restBatchOverHttpIsIdempotentAndReportsEachItem() throws Exception {
        String prefix = "it-asm-rest";
        long structure = structure(prefix);
        long p = participants(structure, prefix, 1).get(0);
        long crit = criterion("CLEA", "2.3.4");
        String u1 = UUID.randomUUID().toString();
        String u2 = UUID.randomUUID().toString();
        String body = """
                {"observations": [
                  {"uuid": "%s", "participantId": %d, "competencyId": %d, "levelRank": 3, "observedOn": "%s", "note": "Mesure l'écartement au mètre"},
                  {"uuid": "%s", "participantId": %d, "competencyId": %d, "levelRank": 7, "observedOn": "%s"},
                  {"uuid": "%s", "participantId": %d, "competencyId": %d, "levelRank": 3, "observedOn": "12/06/2025"}
                ]}""".formatted(u1, p, crit, TODAY, u2, p, crit, TODAY, UUID.randomUUID(), p, crit);
        WebClient web = new WebClient();
        String token = web.token(prefix + ".sup", "it-secret");
        HttpResponse<String> first = web.postJsonBearer("/api/v1/observations", body, token);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject r1 = Json.createReader(new StringReader(first.body())).readObject();
        assertEquals(1, r1.getInt("created"));
        assertEquals(2, r1.getInt("rejected"));
        JsonArray items = r1.getJsonArray("results");
        assertEquals("CREATED", items.getJsonObject(0).getString("status"));
        assertEquals("Le niveau 7 n'existe pas sur l'échelle de ce référentiel.", items.getJsonObject(1).getString("reason"));
        assertTrue(items.getJsonObject(2).getString("reason").contains("AAAA-MM-JJ"), items.toString());

        HttpResponse<String> retry = web.postJsonBearer("/api/v1/observations", body, token);
        JsonObject r2 = Json.createReader(new StringReader(retry.body())).readObject();
        assertEquals(0, r2.getInt("created"));
        assertEquals(1, r2.getInt("duplicates"));
        assertEquals(1, count("select count(*) from observation where participant_id = ?1", p));
        assertEquals("Mesure l'écartement au mètre", sup(prefix, () -> observations.history(p, null, 0, 1)).get(0).note());

        HttpResponse<String> empty = web.postJsonBearer("/api/v1/observations", "{}", token);
        assertEquals(400, empty.statusCode());
    }

    @Test
    void supervisorPagesRenderTheGridAndTheQueue() throws Exception {
        String prefix = "it-asm-pages";
        long structure = structure(prefix);
        List<Long> people = participants(structure, prefix, 5);
        long[] siteTeam = siteAndTeam(prefix, people);
        // three harvests at « Autonome » on three days: every criterion of the harvest meets the policy
        harvestAndRate(prefix, siteTeam, TODAY.minusDays(5), 3);
        harvestAndRate(prefix, siteTeam, TODAY.minusDays(3), 3);
        harvestAndRate(prefix, siteTeam, TODAY.minusDays(1), 3);
        long type = taskType("RECOLTE");
        long task = sup(prefix, () -> activity.recordTask(new TaskRecordForm(TODAY, siteTeam[0], type, siteTeam[1], 180,
                people, null)));

        WebClient web = new WebClient();
        web.login(prefix + ".sup", "it-secret");
        HttpResponse<String> taskPage = web.get("/supervisor/task.xhtml");
        assertEquals(200, taskPage.statusCode());
        assertTrue(taskPage.body().contains("Équipe maraîchage"), taskPage.body());
        assertTrue(taskPage.body().contains("Récolte de légumes"));

        HttpResponse<String> grid = web.get("/supervisor/observe.xhtml?task=" + task);
        assertEquals(200, grid.statusCode());
        String html = grid.body();
        for (int i = 1; i <= 5; i++) {
            assertTrue(html.contains(prefix + "-Nom" + i), "participant " + i + " in the grid");
        }
        assertTrue(html.contains("obs-levels"), "a button row per cell");
        assertTrue(html.contains("Autonome"));
        assertTrue(html.contains("CLEA 2.1.2"));

        HttpResponse<String> queue = web.get("/supervisor/validations.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("Compter, dénombrer"), "criteria meeting the policy are listed");

        HttpResponse<String> evidence = web.get("/supervisor/evidence.xhtml?participant=" + people.get(0));
        assertEquals(200, evidence.statusCode());
        assertTrue(evidence.body().contains("Historique des observations"));
        assertTrue(evidence.body().contains("Très soigneux avec les caisses"));
    }
}
