package fr.sillon.it.assessment;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.activity.SiteKind;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.ActivityViews.SiteForm;
import fr.sillon.ejb.activity.ActivityViews.TaskRecordForm;
import fr.sillon.ejb.activity.ActivityViews.TeamForm;
import fr.sillon.ejb.assessment.FieldService;
import fr.sillon.ejb.assessment.FieldViews.FieldDay;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import fr.sillon.it.WebClient;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The field API over HTTP with a bearer token, against MariaDB (issue 11 part 2): the day read (and its constant
 * number of queries), task records idempotent by the device's UUID, observations naming their task by that UUID,
 * the French reasons of bad items, and another structure refused.
 */
@ExtendWith(ArquillianExtension.class)
class FieldIT {
    static final LocalDate TODAY = LocalDate.now();
    static final String PASSWORD = "it-secret";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FieldIT.class, WebClient.class, Fixture.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    PasswordHasher hasher;
    @Inject
    ActivityService activity;
    @Inject
    FieldService field;

    /** A structure with {prefix}.sup, five participants under contract, a site, a team of the five. */
    record Fixture(String prefix, long structure, List<Long> people, long site, long team) {
        String sup() {
            return prefix + ".sup";
        }
    }

    Fixture fixture(String name) throws Exception {
        String prefix = "it-field-" + name + "-" + System.nanoTime() % 100000;
        tx.begin();
        Structure s = new Structure(prefix.toUpperCase(), "Jardin " + prefix);
        em.persist(s);
        String hash = hasher.hash(PASSWORD);
        em.persist(new UserAccount(prefix + ".coord", hash, "Coordinatrice " + prefix, Role.COORDINATOR, s));
        UserAccount sup = new UserAccount(prefix + ".sup", hash, "Encadrant " + prefix, Role.SUPERVISOR, s);
        em.persist(sup);
        List<Long> people = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            em.createNativeQuery("insert into participant (structure_id, first_name, last_name) values (:s, :f, :l)")
                    .setParameter("s", s.getId()).setParameter("f", "Prénom" + i).setParameter("l", prefix + "-Nom" + i)
                    .executeUpdate();
            long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            people.add(id);
            em.createNativeQuery("insert into pathway (structure_id, participant_id, entry_date) values (:s, :p, :d)")
                    .setParameter("s", s.getId()).setParameter("p", id).setParameter("d", TODAY.minusYears(1)).executeUpdate();
            em.createNativeQuery("insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours)"
                            + " values (:s, last_insert_id(), 'INITIAL', :from, :to, 26)")
                    .setParameter("s", s.getId()).setParameter("from", TODAY.minusYears(1))
                    .setParameter("to", TODAY.plusMonths(6)).executeUpdate();
        }
        tx.commit();
        long supId = sup.getId();
        long site = coord(prefix, () -> activity.saveSite(new SiteForm(null, "Parcelle des Noues", SiteKind.PARCELLE, null, true, 0)));
        long team = coord(prefix, () -> activity.saveTeam(new TeamForm(null, "Équipe récolte", supId, people, true, 0)));
        return new Fixture(prefix, s.getId(), people, site, team);
    }

    static <T> T coord(String prefix, Callable<T> action) throws Exception {
        return RunAs.user(prefix + ".coord", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    static <T> T sup(String prefix, Callable<T> action) throws Exception {
        return RunAs.user(prefix + ".sup", Set.of("SUPERVISOR"), action);
    }

    long taskType(String code) throws Exception {
        return count("select id from task_type where code = ?1 and structure_id is null", code);
    }

    long count(String sql, Object... params) throws Exception {
        tx.begin();
        try {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }

    List<Long> criteriaOf(long taskType) throws Exception {
        tx.begin();
        try {
            return ((List<?>) em.createNativeQuery("select competency_id from task_type_criterion where task_type_id = ?1"
                    + " order by competency_id").setParameter(1, taskType).getResultList()).stream()
                    .map(x -> ((Number) x).longValue()).toList();
        } finally {
            tx.commit();
        }
    }

    long recordTask(Fixture f, long type) throws Exception {
        return sup(f.prefix(), () -> activity.recordTask(new TaskRecordForm(TODAY, f.site(), type, f.team(), 120, f.people(), null)));
    }

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static String task(String uuid, Fixture f, long type, List<Long> people) {
        return "{\"uuid\":\"%s\",\"performedOn\":\"%s\",\"siteId\":%d,\"taskTypeId\":%d,\"teamId\":%d,\"durationMinutes\":90,\"participantIds\":%s,\"note\":\"Sous la pluie\"}"
                .formatted(uuid, TODAY, f.site(), type, f.team(), people.toString());
    }

    // ------------------------------------------------------------------ tests

    @Test
    void theDayGivesTeamsTasksCriteriaScalesAndWhatWasObservedInOneCall() throws Exception {
        Fixture f = fixture("day");
        long harvest = taskType("RECOLTE");
        long task = recordTask(f, harvest);
        long crit = criteriaOf(harvest).get(0);
        WebClient web = new WebClient();
        String token = web.token(f.sup(), PASSWORD);
        String uuid = UUID.randomUUID().toString();
        HttpResponse<String> sent = web.postJsonBearer("/api/v1/field/observations", """
                {"observations":[{"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":3,"taskRecordId":%d,"note":"Soigneux"}]}"""
                .formatted(uuid, f.people().get(0), crit, task), token);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(1, json(sent).getInt("created"), sent.body());

        HttpResponse<String> r = web.getBearer("/api/v1/field/day", token);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"), r.headers().map().toString());
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no session");
        JsonObject day = json(r);
        assertEquals(TODAY.toString(), day.getString("day"));
        JsonArray teams = day.getJsonArray("teams");
        assertEquals(1, teams.size(), teams.toString());
        assertEquals("Équipe récolte", teams.getJsonObject(0).getString("name"));
        assertEquals(5, teams.getJsonObject(0).getJsonArray("memberIds").size());
        assertEquals(5, day.getJsonArray("participants").size());
        assertTrue(day.getJsonArray("participants").toString().contains("Prénom1 " + f.prefix() + "-Nom1"), day.toString());
        JsonObject t = day.getJsonArray("tasks").getJsonObject(0);
        assertEquals(1, day.getJsonArray("tasks").size());
        assertEquals(task, t.getJsonNumber("id").longValue());
        assertEquals("Récolte de légumes", t.getString("taskTypeName"));
        assertEquals("Parcelle des Noues", t.getString("siteName"));
        assertEquals(5, t.getJsonArray("participantIds").size());
        JsonObject type = day.getJsonArray("taskTypes").stream().map(v -> (JsonObject) v)
                .filter(x -> x.getJsonNumber("id").longValue() == harvest).findFirst().orElseThrow();
        assertEquals(criteriaOf(harvest).size(), type.getJsonArray("criterionIds").size(), type.toString());
        Set<Long> criteria = day.getJsonArray("criteria").stream()
                .map(v -> ((JsonObject) v).getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertTrue(criteria.containsAll(criteriaOf(harvest)), "every criterion of the task type is described");
        assertTrue(day.getJsonArray("scales").toString().contains("Autonome"), "the scale's levels");
        JsonArray observed = day.getJsonArray("observed");
        assertEquals(1, observed.size(), observed.toString());
        assertEquals(uuid, observed.getJsonObject(0).getString("uuid"));
        assertEquals(3, observed.getJsonObject(0).getInt("levelRank"));
        assertTrue(day.getJsonArray("recent").toString().contains("Soigneux"), "recent evidence: " + day.getJsonArray("recent"));

        // a participant has no day; nor does an anonymous caller
        assertEquals(401, new WebClient().getBearer("/api/v1/field/day", "nope").statusCode());
    }

    @Test
    void theDayReadRunsTheSameNumberOfQueriesForOneTaskOrFour() throws Exception {
        Fixture f = fixture("queries");
        long harvest = taskType("RECOLTE");
        recordTask(f, harvest);
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean before = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            long[] counts = new long[2];
            sup(f.prefix(), () -> field.day()); // the caller is looked up once per request
            stats.clear();
            FieldDay one = sup(f.prefix(), () -> field.day());
            counts[0] = stats.getPrepareStatementCount();
            recordTask(f, taskType("DESHERBAGE"));
            recordTask(f, taskType("PAILLAGE"));
            recordTask(f, harvest);
            stats.clear();
            FieldDay four = sup(f.prefix(), () -> field.day());
            counts[1] = stats.getPrepareStatementCount();
            assertEquals(1, one.tasks().size());
            assertEquals(4, four.tasks().size());
            assertEquals(counts[0], counts[1], "no query per task");
            assertEquals(FieldService.DAY_QUERIES, counts[1], "the day read's statements");
        } finally {
            stats.setStatisticsEnabled(before);
        }
    }

    @Test
    void aTaskSentTwiceIsRecordedOnceAndObservationsNameItByItsUuid() throws Exception {
        Fixture f = fixture("uuid");
        long type = taskType("RECOLTE");
        List<Long> crit = criteriaOf(type);
        WebClient web = new WebClient();
        String token = web.token(f.sup(), PASSWORD);
        String taskUuid = UUID.randomUUID().toString();
        String body = "{\"tasks\":[" + task(taskUuid, f, type, f.people()) + "]}";

        HttpResponse<String> first = web.postJsonBearer("/api/v1/field/tasks", body, token);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject r1 = json(first).getJsonArray("results").getJsonObject(0);
        assertEquals("CREATED", r1.getString("status"), first.body());
        long id = r1.getJsonNumber("taskRecordId").longValue();

        HttpResponse<String> again = web.postJsonBearer("/api/v1/field/tasks", body, token);
        JsonObject r2 = json(again).getJsonArray("results").getJsonObject(0);
        assertEquals("DUPLICATE", r2.getString("status"), again.body());
        assertEquals(id, r2.getJsonNumber("taskRecordId").longValue(), "the same record");
        assertEquals("Tâche déjà enregistrée.", r2.getString("reason"));
        assertEquals(1, count("select count(*) from task_record where structure_id = ?1", f.structure()));
        assertEquals(1, count("select count(*) from task_record where client_uuid = ?1 and id = ?2 and note = 'Sous la pluie'",
                taskUuid, id));

        // observations recorded offline name the task by its UUID; sent twice, saved once
        String obs = """
                {"observations":[
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":3,"taskUuid":"%s"},
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":4,"taskUuid":"%s","note":"Rapide"}]}"""
                .formatted(UUID.randomUUID(), f.people().get(0), crit.get(0), taskUuid,
                        UUID.randomUUID(), f.people().get(1), crit.get(1), taskUuid);
        JsonObject o1 = json(web.postJsonBearer("/api/v1/field/observations", obs, token));
        assertEquals(2, o1.getInt("created"), o1.toString());
        JsonObject o2 = json(web.postJsonBearer("/api/v1/field/observations", obs, token));
        assertEquals(0, o2.getInt("created"), o2.toString());
        assertEquals(2, o2.getInt("duplicates"));
        assertEquals(2, count("select count(*) from observation where task_record_id = ?1", id));
        assertEquals(2, count("select count(*) from observation where task_record_id = ?1 and observed_on = ?2", id, TODAY),
                "the task's day is the observations' day");
    }

    @Test
    void badItemsGetTheirFrenchReasonAndTheOthersAreSaved() throws Exception {
        Fixture f = fixture("bad");
        long type = taskType("RECOLTE");
        List<Long> crit = criteriaOf(type);
        WebClient web = new WebClient();
        String token = web.token(f.sup(), PASSWORD);
        String good = UUID.randomUUID().toString();
        HttpResponse<String> tasks = web.postJsonBearer("/api/v1/field/tasks", "{\"tasks\":["
                + task(good, f, type, f.people()) + ","
                + task("pas-un-uuid", f, type, f.people()) + ","
                + task(UUID.randomUUID().toString(), f, type, List.of()) + ","
                + "{\"uuid\":\"" + UUID.randomUUID() + "\",\"performedOn\":\"12/06/2026\",\"siteId\":1,\"taskTypeId\":1,\"durationMinutes\":60},"
                + "{\"uuid\":\"" + UUID.randomUUID() + "\",\"performedOn\":\"" + TODAY + "\",\"taskTypeId\":" + type + ",\"durationMinutes\":60}"
                + "]}", token);
        assertEquals(200, tasks.statusCode(), tasks.body());
        JsonObject t = json(tasks);
        assertEquals(1, t.getInt("created"), tasks.body());
        assertEquals(4, t.getInt("rejected"));
        JsonArray tr = t.getJsonArray("results");
        assertEquals("Identifiant de l'appareil invalide (UUID attendu) : « pas-un-uuid ».", tr.getJsonObject(1).getString("reason"));
        assertEquals("Indiquez au moins un participant présent.", tr.getJsonObject(2).getString("reason"));
        assertTrue(tr.getJsonObject(3).getString("reason").contains("AAAA-MM-JJ"), tr.toString());
        assertEquals("Champ obligatoire manquant : siteId.", tr.getJsonObject(4).getString("reason"));

        HttpResponse<String> obs = web.postJsonBearer("/api/v1/field/observations", """
                {"observations":[
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":3,"taskUuid":"%s"},
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":9,"taskUuid":"%s"},
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":3,"taskUuid":"%s"}]}"""
                .formatted(UUID.randomUUID(), f.people().get(0), crit.get(0), good,
                        UUID.randomUUID(), f.people().get(1), crit.get(0), good,
                        UUID.randomUUID(), f.people().get(2), crit.get(0), UUID.randomUUID()), token);
        JsonObject o = json(obs);
        assertEquals(1, o.getInt("created"), obs.body());
        JsonArray or = o.getJsonArray("results");
        assertEquals("Le niveau 9 n'existe pas sur l'échelle de ce référentiel.", or.getJsonObject(1).getString("reason"));
        assertTrue(or.getJsonObject(2).getString("reason").startsWith("La tâche de cette observation n'est pas enregistrée"),
                or.toString());

        assertEquals(400, web.postJsonBearer("/api/v1/field/tasks", "{}", token).statusCode());
        assertEquals(400, web.postJsonBearer("/api/v1/field/observations", "{\"observations\":[]}", token).statusCode());
    }

    @Test
    void anotherStructureSeesNothingAndCanUseNothing() throws Exception {
        Fixture a = fixture("a");
        Fixture b = fixture("b");
        long type = taskType("RECOLTE");
        long crit = criteriaOf(type).get(0);
        WebClient web = new WebClient();
        String tokenA = web.token(a.sup(), PASSWORD);
        String tokenB = web.token(b.sup(), PASSWORD);
        String uuidA = UUID.randomUUID().toString();
        JsonObject made = json(web.postJsonBearer("/api/v1/field/tasks", "{\"tasks\":[" + task(uuidA, a, type, a.people()) + "]}", tokenA));
        assertEquals(1, made.getInt("created"), made.toString());
        long taskA = made.getJsonArray("results").getJsonObject(0).getJsonNumber("taskRecordId").longValue();

        JsonObject dayB = json(web.getBearer("/api/v1/field/day", tokenB));
        assertFalse(dayB.toString().contains(a.prefix()), "B sees none of A's people");
        assertTrue(dayB.getJsonArray("tasks").isEmpty(), dayB.getJsonArray("tasks").toString());
        assertEquals(1, dayB.getJsonArray("sites").size(), "only B's site");

        // B sends a task on A's site with A's people, and observations on A's task (by id and by UUID)
        JsonObject t = json(web.postJsonBearer("/api/v1/field/tasks", "{\"tasks\":["
                + task(UUID.randomUUID().toString(), a, type, a.people()) + "," + task(uuidA, b, type, b.people()) + "]}", tokenB));
        JsonArray tr = t.getJsonArray("results");
        assertEquals("REJECTED", tr.getJsonObject(0).getString("status"), t.toString());
        assertTrue(tr.getJsonObject(0).getString("reason").startsWith("Élément introuvable"), t.toString());
        assertEquals("CREATED", tr.getJsonObject(1).getString("status"), "A's UUID means nothing in B: " + t);
        assertNotEquals(taskA, tr.getJsonObject(1).getJsonNumber("taskRecordId").longValue());

        JsonObject o = json(web.postJsonBearer("/api/v1/field/observations", """
                {"observations":[
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":3,"taskRecordId":%d},
                  {"uuid":"%s","participantId":%d,"competencyId":%d,"levelRank":3,"taskUuid":"%s"}]}"""
                .formatted(UUID.randomUUID(), a.people().get(0), crit, taskA,
                        UUID.randomUUID(), a.people().get(0), crit, uuidA), tokenB));
        assertEquals(0, o.getInt("created"), o.toString());
        assertEquals("Cette tâche n'existe pas dans votre structure.",
                o.getJsonArray("results").getJsonObject(0).getString("reason"));
        assertEquals("Ce participant n'existe pas dans votre structure.", // uuidA names B's own task in B
                o.getJsonArray("results").getJsonObject(1).getString("reason"));
        assertEquals(0, count("select count(*) from observation where task_record_id = ?1", taskA));
        assertEquals(1, count("select count(*) from task_record where structure_id = ?1", a.structure()));
    }
}
