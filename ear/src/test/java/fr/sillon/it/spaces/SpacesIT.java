package fr.sillon.it.spaces;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.AccessDeniedException;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.ejb.access.AccountAdminService;
import fr.sillon.ejb.access.AccountAdminService.AccountRow;
import fr.sillon.ejb.access.AccountAdminService.IssuedPassword;
import fr.sillon.ejb.access.AccountAdminService.NewAccount;
import fr.sillon.ejb.access.AccountService;
import fr.sillon.ejb.access.AuditLogService;
import fr.sillon.ejb.access.AuditLogService.AuditRow;
import fr.sillon.ejb.assessment.ProgressQueries;
import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.ejb.pathway.ParticipantService;
import fr.sillon.ejb.pathway.FollowUpService;
import fr.sillon.ejb.pathway.ReferentAssignmentService;
import fr.sillon.ejb.spaces.MyPathwayService;
import fr.sillon.ejb.spaces.ReferentService;
import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.spaces.SpacesViews.*;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container, on the demo story: the participant space only ever shows the caller's own record; a participant
 * asking for someone else's data by id, and a referent asking for a pathway not assigned to them, are refused and
 * audited; a referent's summary never carries interview notes nor sensitive barriers; coordinators manage the
 * accounts of their structure only.
 */
@ExtendWith(ArquillianExtension.class)
class SpacesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SpacesIT.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    MyPathwayService myPathway;
    @Inject
    ReferentService referents;
    @Inject
    ProgressQueries progressQueries;
    @Inject
    ObservationService observations;
    @Inject
    ValidationService validations;
    @Inject
    ParticipantService participantService;
    @Inject
    FollowUpService followUpService;
    @Inject
    ReferentAssignmentService referentService;
    @Inject
    AccountAdminService accounts;
    @Inject
    AccountService credentials;
    @Inject
    AuditLogService audit;

    long scalar(String sql, Object... params) throws Exception {
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

    long participant(int structure, String lastName) throws Exception {
        return scalar("select id from participant where structure_id = ?1 and last_name = ?2", structure, lastName);
    }

    long pathwayOf(long participantId) throws Exception {
        return scalar("select max(id) from pathway where participant_id = ?1", participantId);
    }

    long refusals(String login, String action, Object target) throws Exception {
        return scalar("select count(*) from audit_entry where actor_login = ?1 and action = ?2 and outcome = 'REFUSED'"
                + " and target_id = ?3", login, action, String.valueOf(target));
    }

    static <T> T coordinator2(Callable<T> action) throws Exception {
        return RunAs.user("coordinateur2", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    // ------------------------------------------------------------------ participant

    @Test
    void participantSeesTheirOwnPathwayFilledByTheDemoStory() throws Exception {
        MyPathway me = RunAs.participant(() -> myPathway.overview());
        assertTrue(me.linked());
        assertEquals("Sébastien", me.firstName());
        assertEquals("Les Jardins du Sillon", me.structureName());
        assertNotNull(me.currentContract(), "the renewal in force");
        assertTrue(me.currentContract().plannedEnd().isAfter(LocalDate.now()));
        assertEquals(1, me.renewals());
        assertNotNull(me.nextInterview());
        assertFalse(me.nextInterview().isBefore(LocalDate.now()));
        assertFalse(me.recent().isEmpty());
        assertTrue(me.recent().stream().anyMatch(o -> o.note() != null && o.note().contains("bon de commande")),
                "what the supervisor noted");
        assertTrue(me.validated().stream().anyMatch(v -> v.frameworkCode().equals("CLEA") && v.criterionCode().equals("1.3.4")));
        assertTrue(me.progress().frameworks().stream().anyMatch(f -> f.frameworkCode().equals("CLEA") && f.validated() >= 3
                && f.domains().size() == 7), "CléA progress by domain");
    }

    @Test
    void eachParticipantAccountSeesOnlyTheirOwnRecord() throws Exception {
        MyPathway amina = RunAs.user("participant2", Set.of("PARTICIPANT"), () -> myPathway.overview());
        assertEquals("Amina", amina.firstName());
        assertTrue(amina.daysToContractEnd() >= 0 && amina.daysToContractEnd() <= 30, "contract ending soon");
        assertTrue(amina.validated().isEmpty());
        long seb = participant(1, "Garnier");
        assertThrows(AccessDeniedException.class,
                () -> RunAs.user("participant2", Set.of("PARTICIPANT"), () -> progressQueries.progress(seb)));
        assertTrue(refusals("participant2", "PROGRESS_READ", seb) >= 1);
    }

    @Test
    void aParticipantWithoutARecordSeesAnEmptySpace() throws Exception {
        // participant3 (Kévin) has a record; a fresh account has none
        String login = "it-spaces-lonely" + System.nanoTime() % 100000;
        tx.begin();
        em.createNativeQuery("insert into user_account (login, password_hash, display_name, role, structure_id)"
                + " values (?1, 'x', 'Sans parcours', 'PARTICIPANT', 1)").setParameter(1, login).executeUpdate();
        tx.commit();
        MyPathway nobody = RunAs.user(login, Set.of("PARTICIPANT"), () -> myPathway.overview());
        assertFalse(nobody.linked());
        assertTrue(nobody.recent().isEmpty());
    }

    @Test
    void aParticipantAskingForAnotherParticipantsDataByIdIsRefusedAndAudited() throws Exception {
        long amina = participant(1, "Diallo");
        long loic = participant(2, "Guého");
        long before = refusals("participant", "PROGRESS_READ", amina);
        assertThrows(AccessDeniedException.class, () -> RunAs.participant(() -> progressQueries.progress(amina)));
        assertThrows(AccessDeniedException.class, () -> RunAs.participant(() -> observations.history(amina, null, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> RunAs.participant(() -> validations.decisions(amina, 0, 10)));
        assertThrows(NotFoundException.class, () -> RunAs.participant(() -> progressQueries.progress(loic)),
                "another structure: not even found");
        assertEquals(before + 1, refusals("participant", "PROGRESS_READ", amina));
        assertTrue(refusals("participant", "OBSERVATION_HISTORY", amina) >= 1);
        assertTrue(refusals("participant", "PROGRESS_READ", loic) >= 1);
        // the participant's services are closed to the other spaces' methods
        assertThrows(EJBAccessException.class, () -> RunAs.participant(() -> referents.followed()));
        assertThrows(EJBAccessException.class, () -> RunAs.participant(() -> participantService.pathway(pathwayOf(amina))));
        assertThrows(EJBAccessException.class, () -> RunAs.referent(() -> myPathway.overview()));
    }

    // ------------------------------------------------------------------ referent

    @Test
    void referentSeesTheAssignedPathwaysAcrossStructuresOnly() throws Exception {
        List<FollowedPathway> followed = RunAs.referent(() -> referents.followed());
        List<String> names = followed.stream().map(FollowedPathway::participantName).toList();
        assertTrue(names.contains("Sébastien Garnier"), names.toString());
        assertTrue(names.contains("Nathalie Roux"), names.toString());
        assertTrue(names.contains("Loïc Guého"), "a pathway of the second structure: " + names);
        assertFalse(names.contains("Amina Diallo"), names.toString());
        assertTrue(followed.stream().map(FollowedPathway::structureName).distinct().count() >= 2);
    }

    @Test
    void referentAskingForAnUnassignedPathwayIsRefusedAndAudited() throws Exception {
        long amina = pathwayOf(participant(1, "Diallo"));
        long before = refusals("referent", "REFERENT_SUMMARY_READ", amina);
        assertThrows(NotFoundException.class, () -> RunAs.referent(() -> referents.summary(amina)));
        assertThrows(NotFoundException.class, () -> RunAs.referent(() -> referents.summaryPdf(amina)));
        assertThrows(NotFoundException.class, () -> RunAs.referent(() -> referents.summary(Long.MAX_VALUE)));
        assertEquals(before + 1, refusals("referent", "REFERENT_SUMMARY_READ", amina));
        assertTrue(refusals("referent", "REFERENT_SUMMARY_PDF", amina) >= 1);
        // referents never reach the structures' own services
        assertThrows(EJBAccessException.class, () -> RunAs.referent(() -> followUpService.interviews(amina)));
        assertThrows(EJBAccessException.class, () -> RunAs.referent(() -> followUpService.barriers(amina)));
    }

    @Test
    void anAssignmentRemovedByTheCoordinatorClosesTheSummary() throws Exception {
        long thomas = pathwayOf(participant(1, "Morel"));
        long referentId = scalar("select id from user_account where login = 'referent'");
        assertThrows(NotFoundException.class, () -> RunAs.referent(() -> referents.summary(thomas)));
        long assignment = RunAs.coordinator(() -> referentService.assignReferent(thomas, referentId, LocalDate.now(), false));
        assertEquals("Thomas Morel", RunAs.referent(() -> referents.summary(thomas)).participantName());
        // another structure's coordinator cannot remove it
        assertThrows(NotFoundException.class, () -> coordinator2(() -> {
            referentService.removeReferent(assignment);
            return null;
        }));
        RunAs.coordinator(() -> {
            referentService.removeReferent(assignment);
            return null;
        });
        assertThrows(NotFoundException.class, () -> RunAs.referent(() -> referents.summary(thomas)));
        assertTrue(RunAs.referent(() -> referents.followed()).stream().noneMatch(f -> f.pathwayId() == thomas));
    }

    @Test
    void referentSummaryNeverCarriesInterviewNotesNorSensitiveBarriers() throws Exception {
        long seb = pathwayOf(participant(1, "Garnier"));
        long auditedBefore = scalar("select count(*) from audit_entry where actor_login = 'referent'"
                + " and action = 'REFERENT_SUMMARY_READ' and outcome = 'OK' and target_id = ?1", String.valueOf(seb));
        ReferentSummary s = RunAs.referent(() -> referents.summary(seb));
        assertEquals("Sébastien Garnier", s.participantName());
        assertEquals(2, s.contracts().size(), "initial CDDI and its renewal");
        assertEquals(4, s.interviewCount(), "held interviews only, counted and dated");
        assertFalse(s.immersions().isEmpty());
        assertFalse(s.trainings().isEmpty());
        assertFalse(s.validations().isEmpty());
        assertTrue(s.barriersShown(), "consent recorded for barriers");
        List<BarrierCategory> categories = s.barriers().stream().map(BarrierLine::category).toList();
        assertTrue(categories.contains(BarrierCategory.MOBILITY), categories.toString());
        assertFalse(categories.contains(BarrierCategory.HEALTH), "health is never shared");
        assertTrue(categories.stream().noneMatch(BarrierCategory::isSensitive));
        // nothing of the interviews' content nor of the barriers' detail, anywhere in the summary
        String all = s.toString();
        for (String secret : List.of("Séparation", "lombaires", "Lombalgies", "médecine du travail", "sœur",
                "bail signé", "auto-école", "candidatures de fin de parcours")) {
            assertFalse(all.contains(secret), "leaked: " + secret);
        }
        assertEquals(auditedBefore + 1, scalar("select count(*) from audit_entry where actor_login = 'referent'"
                + " and action = 'REFERENT_SUMMARY_READ' and outcome = 'OK' and target_id = ?1", String.valueOf(seb)));

        byte[] pdf = RunAs.referent(() -> referents.summaryPdf(seb));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Synthèse de parcours"), text);
        assertTrue(text.contains("Sébastien Garnier"), text);
        assertTrue(text.contains("Biocoop"), text);
        assertTrue(text.contains("Mobilité"), text);
        for (String secret : List.of("Séparation", "Lombalgies", "lombaires", "Santé", "médecine du travail")) {
            assertFalse(text.contains(secret), "leaked in the PDF: " + secret);
        }
    }

    @Test
    void barriersAreWithheldWithoutConsentAndTheExitIsShown() throws Exception {
        long nathalie = pathwayOf(participant(1, "Roux"));
        ReferentSummary s = RunAs.referent(() -> referents.summary(nathalie));
        assertFalse(s.barriersShown());
        assertTrue(s.barriers().isEmpty());
        assertNotNull(s.exit());
        assertEquals(ExitCategory.EMPLOI_DURABLE, s.exit().category());

        long kevin = pathwayOf(participant(1, "Le Floch"));
        long referentId = scalar("select id from user_account where login = 'referent'");
        long assignment = RunAs.coordinator(() -> referentService.assignReferent(kevin, referentId, LocalDate.now(), true));
        try {
            ReferentSummary k = RunAs.referent(() -> referents.summary(kevin));
            assertTrue(k.barriersShown());
            assertEquals(List.of(BarrierCategory.DIGITAL), k.barriers().stream().map(BarrierLine::category).toList(),
                    "justice is never shared, even with consent");
        } finally {
            RunAs.coordinator(() -> {
                referentService.removeReferent(assignment);
                return null;
            });
        }
    }

    @Test
    void coordinatorsReadTheAuditTrailOfTheirStructureIncludingReferentsReads() throws Exception {
        long seb = pathwayOf(participant(1, "Garnier"));
        long amina = pathwayOf(participant(1, "Diallo"));
        RunAs.referent(() -> referents.summary(seb));
        assertThrows(NotFoundException.class, () -> RunAs.referent(() -> referents.summary(amina)));
        List<AuditRow> mine = RunAs.coordinator(() -> audit.entries("referent", false, 0, 200));
        assertTrue(mine.stream().anyMatch(a -> a.action().equals("REFERENT_SUMMARY_READ") && a.outcome().equals("OK")
                && a.targetId().equals(String.valueOf(seb))), mine.toString());
        List<AuditRow> refusals = RunAs.coordinator(() -> audit.entries("referent", true, 0, 200));
        assertTrue(refusals.stream().anyMatch(a -> a.targetId() != null && a.targetId().equals(String.valueOf(amina))),
                "the refusal just caused is listed: " + refusals);
        assertTrue(refusals.stream().allMatch(a -> !a.outcome().equals("OK")), refusals.toString());
        assertTrue(coordinator2(() -> audit.entries("referent", false, 0, 200)).stream()
                .noneMatch(a -> String.valueOf(seb).equals(a.targetId())), "another structure sees nothing of it");
        assertTrue(coordinator2(() -> audit.entries(null, false, 0, 200)).stream()
                .noneMatch(a -> "coordinatrice".equals(a.actorLogin())));
        assertFalse(RunAs.admin(() -> audit.entries(null, false, 0, 10)).isEmpty());
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> audit.entries(null, false, 0, 10)));
        assertThrows(EJBAccessException.class, () -> RunAs.referent(() -> audit.entries(null, false, 0, 10)));
    }

    // ------------------------------------------------------------------ accounts

    @Test
    void coordinatorsManageTheAccountsOfTheirStructure() throws Exception {
        String login = "it-spaces-new" + System.nanoTime() % 100000;
        IssuedPassword created = RunAs.coordinator(() -> accounts.create(
                new NewAccount(login, "Nouvelle Salariée", null, Role.PARTICIPANT)));
        assertEquals(login, created.login());
        assertTrue(created.password().length() >= 12);
        assertTrue(credentials.checkCredentials(login, created.password()).valid(), "the initial password works");
        List<AccountRow> rows = RunAs.coordinator(() -> accounts.accounts());
        assertTrue(rows.stream().anyMatch(a -> a.login().equals(login) && a.participantName() == null));
        assertTrue(rows.stream().anyMatch(a -> a.login().equals("participant")
                && "Sébastien Garnier".equals(a.participantName())), "an account shows its participant's name");
        assertEquals(1, scalar("select count(*) from audit_entry where actor_login = 'coordinatrice'"
                + " and action = 'ACCOUNT_CREATE' and target_id = ?1", String.valueOf(created.accountId())));

        // rules: unique login, roles a structure may give, a sane login
        assertEquals("access.account.loginTaken", assertThrows(DomainException.class, () -> RunAs.coordinator(
                () -> accounts.create(new NewAccount(login, "Doublon", null, Role.PARTICIPANT)))).getKey());
        assertEquals("access.account.roleNotAllowed", assertThrows(DomainException.class, () -> RunAs.coordinator(
                () -> accounts.create(new NewAccount(login + "x", "Référente", null, Role.REFERENT)))).getKey());
        assertEquals("access.account.loginInvalid", assertThrows(DomainException.class, () -> RunAs.coordinator(
                () -> accounts.create(new NewAccount("A B", "Espaces", null, Role.SUPERVISOR)))).getKey());

        // disable: the password no longer opens the account; enable again
        RunAs.coordinator(() -> {
            accounts.setEnabled(created.accountId(), false);
            return null;
        });
        assertFalse(credentials.checkCredentials(login, created.password()).valid());
        RunAs.coordinator(() -> {
            accounts.setEnabled(created.accountId(), true);
            return null;
        });
        assertTrue(credentials.checkCredentials(login, created.password()).valid());

        // reset: the old password stops working, the new one works
        IssuedPassword reset = RunAs.coordinator(() -> accounts.resetPassword(created.accountId()));
        assertNotEquals(created.password(), reset.password());
        assertFalse(credentials.checkCredentials(login, created.password()).valid());
        assertTrue(credentials.checkCredentials(login, reset.password()).valid());
        assertEquals(1, scalar("select count(*) from audit_entry where action = 'ACCOUNT_RESET_PASSWORD'"
                + " and outcome = 'OK' and target_id = ?1", String.valueOf(created.accountId())));

        // a coordinator cannot disable their own account
        long me = scalar("select id from user_account where login = 'coordinatrice'");
        assertThrows(DomainException.class, () -> RunAs.coordinator(() -> {
            accounts.setEnabled(me, false);
            return null;
        }));

        // another structure: not found, audited; the list never shows other structures' accounts
        assertThrows(NotFoundException.class, () -> coordinator2(() -> accounts.resetPassword(created.accountId())));
        assertThrows(NotFoundException.class, () -> coordinator2(() -> {
            accounts.setEnabled(created.accountId(), false);
            return null;
        }));
        assertTrue(refusals("coordinateur2", "ACCOUNT_RESET_PASSWORD", created.accountId()) >= 1);
        assertTrue(coordinator2(() -> accounts.accounts()).stream().noneMatch(a -> a.login().equals(login)));
        assertTrue(credentials.checkCredentials(login, reset.password()).valid(), "untouched by the refused calls");

        // only coordinators
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> accounts.accounts()));
        assertThrows(EJBAccessException.class, () -> RunAs.participant(() -> accounts.resetPassword(created.accountId())));
        assertThrows(EJBAccessException.class, () -> RunAs.referent(() -> accounts.accounts()));
    }
}
