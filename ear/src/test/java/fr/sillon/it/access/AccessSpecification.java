package fr.sillon.it.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what: the role × action matrix written from the design (who does what in each space), not read from the code.
 * Each row names an action and the demo accounts allowed to do it; every other account must be refused.
 *
 * <pre>
 *   A admin (ADMIN)              C coordinatrice (COORDINATOR, and SUPERVISOR: design §2)
 *   S encadrant (SUPERVISOR)     P participant (PARTICIPANT)     R referent (REFERENT)
 *   * anyone, anonymous included (public pages, the identity store, internal audit)
 * </pre>
 *
 * A service method, page or API path missing from these tables fails the tests ({@link AccessMatrixIT},
 * {@link AccessMatrixHttpIT}); so does a row that names nothing any more.
 */
final class AccessSpecification {
    private AccessSpecification() {
    }

    /** The demo accounts by letter, with their security groups. */
    static final Map<Character, Account> ACCOUNTS = new LinkedHashMap<>();

    record Account(String login, Set<String> groups) {
    }

    static {
        ACCOUNTS.put('A', new Account("admin", Set.of("ADMIN")));
        ACCOUNTS.put('C', new Account("coordinatrice", Set.of("COORDINATOR", "SUPERVISOR")));
        ACCOUNTS.put('S', new Account("encadrant", Set.of("SUPERVISOR")));
        ACCOUNTS.put('P', new Account("participant", Set.of("PARTICIPANT")));
        ACCOUNTS.put('R', new Account("referent", Set.of("REFERENT")));
    }

    /** Every public business method of every service: {@code context.Service.method = accounts}. */
    static final String SERVICES = """
            # access: accounts of a structure are its coordinator's; the audit trail is the coordinator's (own
            # structure) and the admin's; the identity store and the audit writer run before/for anyone
            access.AccountAdminService.accounts            = C
            access.AccountAdminService.create              = C
            access.AccountAdminService.setEnabled          = C
            access.AccountAdminService.resetPassword       = C
            access.AccountService.checkCredentials         = *
            access.AccountService.roleOf                   = *
            access.AccountService.sessionState             = *
            access.LoginThrottle.waitFor                   = *
            access.LoginThrottle.recordFailure             = *
            # everyone changes their own password (issue 14)
            access.PasswordService.mustChange              = A C S P R
            access.PasswordService.changeOwn               = A C S P R
            # second factor: everyone may enrol; the structure's setting is its coordinators'; the code step is anonymous
            access.TotpService.status                      = A C S P R
            access.TotpService.enable                      = A C S P R
            access.TotpService.renewRecoveryCodes          = A C S P R
            access.TotpService.disable                     = A C S P R
            access.TotpService.qrSvg                       = A C S P R
            access.TotpService.structureRequires           = C
            access.TotpService.setStructureRequires        = C
            access.TotpService.checkSecondFactor           = *
            access.AuditLogService.entries                 = A C
            access.AuditService.record                     = *
            access.AuditService.ok                         = *
            access.AuditService.refused                    = *
            access.AuditService.okWithAction               = *
            access.AuditService.refusedOn                  = *
            # the token endpoint and the set-up page run before anyone is authenticated
            access.ApiTokenAuthenticator.issue             = *
            access.ApiTokenAuthenticator.recognise         = *
            access.ApiTokenAuthenticator.touch             = *
            access.PlatformSetup.isConfigured              = *
            access.PlatformSetup.openSetup                 = *
            access.PlatformSetup.acceptsToken              = *
            access.PlatformSetup.createFirstAdmin          = *
            # devices: everyone their own; the coordinator those of the structure
            access.ApiTokenService.mine                    = A C S P R
            access.ApiTokenService.revokeMine              = A C S P R
            access.ApiTokenService.ofStructure             = C
            access.ApiTokenService.revokeInStructure       = C
            access.ApiTokenService.revokeAllOfAccount      = C
            # the platform administrator: structures, partner organisations, their coordinators and referents
            access.PlatformAdminService.structures         = A
            access.PlatformAdminService.structure          = A
            access.PlatformAdminService.createStructure    = A
            access.PlatformAdminService.updateStructure    = A
            access.PlatformAdminService.setStructureClosed = A
            access.PlatformAdminService.partners           = A
            access.PlatformAdminService.createPartner      = A
            access.PlatformAdminService.updatePartner      = A
            access.PlatformAdminService.setPartnerActive   = A
            access.PlatformAdminService.structureChoices   = A
            access.PlatformAdminService.partnerChoices     = A
            access.PlatformAdminService.staffAccounts      = A
            access.PlatformAdminService.createAccount      = A
            access.PlatformAdminService.setAccountEnabled  = A
            access.PlatformAdminService.resetPassword      = A
            # the structure's own settings are its coordinator's
            access.StructureSettingsService.identity       = C
            access.StructureSettingsService.updateIdentity = C
            access.StructureSettingsService.policies       = C
            access.StructureSettingsService.updatePolicy   = C
            # activity: staff plan and record the day's tasks; only the coordinator changes sites, teams, catalogue
            activity.ActivityService.sites                 = C S
            activity.ActivityService.teams                 = C S
            activity.ActivityService.teamMembers           = C S
            activity.ActivityService.participants          = C S
            activity.ActivityService.supervisors           = C S
            activity.TaskCatalogueService.taskTypes         = C S
            activity.TaskCatalogueService.taskType          = C S
            activity.TaskCatalogueService.searchCriteria    = C S
            activity.ActivityService.recordTask            = C S
            activity.ActivityService.recordFieldTask       = C S
            activity.ActivityService.taskRecords           = C S
            activity.ActivityService.saveSite              = C
            activity.ActivityService.saveTeam              = C
            activity.TaskCatalogueService.saveTaskType      = C
            activity.TaskCatalogueService.copyTaskType      = C
            # assessment: staff observe and validate; only a coordinator revokes; a participant reads their own
            # field app (issue 11): the supervisor's day and what a device sends (a coordinator holds SUPERVISOR)
            assessment.FieldService.day                    = C S
            assessment.FieldService.recordTasks            = C S
            assessment.FieldService.recordObservations     = C S
            assessment.ObservationService.grid             = C S
            assessment.ObservationService.saveGrid         = C S
            assessment.ObservationService.recordObservations= C S
            assessment.ObservationService.correct          = C S
            assessment.ValidationService.proposals         = C S
            assessment.ValidationService.countProposals    = C S
            assessment.ValidationService.validate          = C S
            assessment.ValidationService.decline           = C S
            assessment.ValidationService.revoke            = C
            assessment.ObservationService.history          = C S P
            assessment.ValidationService.decisions         = C S P
            assessment.ProgressQueries.progress            = C S P
            assessment.ProgressQueries.levelsOf            = C S P
            assessment.ProgressQueries.myParticipantId     = P
            assessment.ProgressQueries.validatedSince      = C S
            assessment.ProgressQueries.validatedCount      = C
            # certificate: the coordinator issues; holders and their referents download; anyone verifies
            certificate.CertificateService.issuablePathways= C
            certificate.CertificateService.previewSnapshot = C
            certificate.CertificateService.previewPdf      = C
            certificate.CertificateService.issue           = C
            certificate.CertificateService.revoke          = C
            certificate.CertificateService.reissue         = C
            certificate.CertificateService.list            = C
            certificate.CertificateService.startBatch      = C
            certificate.CertificateService.batch           = C
            certificate.CertificateService.mine            = P R
            certificate.CertificateService.download        = C P R
            certificate.CertificateService.verify          = *
            certificate.CertificateService.verifyUpload    = *
            certificate.CertificateBatchWorker.run         = C
            certificate.CertificateBatchWorker.start       = C
            certificate.CertificateBatchWorker.issueOne    = C
            certificate.CertificateBatchWorker.count       = C
            certificate.CertificateBatchWorker.finish      = C
            certificate.CertificateBatchWorker.claim       = C
            # framework: everyone reads the shared frameworks; staff export them; admin and coordinators edit
            framework.FrameworkService.list                = A C S P R
            framework.FrameworkService.count               = A C S P R
            framework.FrameworkService.tree                = A C S P R
            framework.FrameworkService.search              = A C S P R
            framework.FrameworkService.exportJson          = A C S P R
            framework.FrameworkService.export              = A C S
            framework.FrameworkService.isObservableCriterion= A C S
            framework.FrameworkService.create              = A C
            framework.FrameworkService.importFile          = A C
            framework.FrameworkService.rename              = A C
            framework.FrameworkService.addCompetency       = A C
            framework.FrameworkService.editCompetency      = A C
            framework.FrameworkService.removeCompetency    = A C
            framework.FrameworkService.publish             = A C
            framework.FrameworkService.retire              = A C
            framework.FrameworkService.newVersion          = A C
            framework.FrameworkService.deleteDraft         = A C
            infra.HealthService.databaseUp                 = *
            # pathway: the coordinator (CIP) writes; a supervisor reads what the service lets a supervisor see
            pathway.PathwayRetentionJob.anonymiseExpired   = A
            pathway.ParticipantImportService.check         = C
            pathway.ParticipantImportService.importCsv     = C
            pathway.SuspensionService.suspensions          = C S
            pathway.SuspensionService.parcours             = C S
            pathway.SuspensionService.derogations          = C S
            pathway.SuspensionService.suspend              = C
            pathway.SuspensionService.addDerogation        = C
            pathway.SuspensionService.prolongDerogation    = C
            pathway.ParticipantService.listParticipants    = C S
            pathway.ParticipantService.pathway             = C S
            pathway.ContractService.contracts              = C S
            pathway.FollowUpService.interviews             = C S
            pathway.FollowUpService.barriers               = C S
            pathway.ImmersionService.immersions            = C S
            pathway.TrainingService.trainings              = C S
            pathway.ExitService.exit                       = C S
            pathway.PathwayReports.timeline                = C S
            pathway.ParticipantService.createParticipant   = C
            pathway.ParticipantService.updateParticipant   = C
            pathway.ParticipantService.reopenPathway       = C
            pathway.ParticipantService.linkParticipantAccount= C
            pathway.ParticipantService.assignStaff         = C
            pathway.ParticipantService.staff               = C
            pathway.ContractService.addContract            = C
            pathway.FollowUpService.addInterview           = C
            pathway.FollowUpService.setInterviewActionStatus= C
            pathway.FollowUpService.addBarrier             = C
            pathway.FollowUpService.changeBarrierStatus    = C
            pathway.FollowUpService.setBarrierActionStatus = C
            pathway.ImmersionService.addImmersion          = C
            pathway.ImmersionService.recordImmersionOutcome= C
            pathway.TrainingService.addTraining            = C
            pathway.ExitService.recordExit                 = C
            pathway.PathwayReports.alerts                  = C
            pathway.PathwayReports.indicators              = C
            pathway.PathwayReports.indicatorsCsv           = C
            pathway.PathwayReports.indicatorsXlsx          = C
            pathway.ReferentAssignmentService.referents    = C
            pathway.ReferentAssignmentService.referentAccounts= C
            pathway.ReferentAssignmentService.assignReferent= C
            pathway.ReferentAssignmentService.removeReferent= C
            # spaces: a participant's own record; a referent's assigned pathways
            spaces.MyPathwayService.overview               = P
            spaces.ReferentService.followed                = R
            spaces.ReferentService.summary                 = R
            spaces.ReferentService.summaryPdf              = R
            # funding (issue 19): what funders ask for is the coordinator's
            funding.HoursService.month                     = C
            funding.HoursService.record                    = C
            funding.HoursService.importCsv                 = C
            funding.HoursService.fte                       = C
            funding.FundingReports.bilan                   = C
            funding.FundingReports.bilanPdf                = C
            funding.FundingReports.bilanXlsx               = C
            funding.FundingReports.declaration             = C
            funding.FundingReports.declarationCsv          = C
            funding.FundingReports.supports                = C
            funding.FundingReports.setSupport              = C
            funding.AfterExitService.list                  = C
            funding.AfterExitService.record                = C
            funding.ParticipantExports.aspMonthlyCsv       = C
            funding.ParticipantExports.fichesSalarieCsv    = C
            funding.ParticipantExports.fseCsv              = C
            funding.ParticipantExports.rsaCsv              = C
            funding.ParticipantExports.aspSheetPdf         = C
            funding.RsaService.beneficiaries               = C
            funding.RsaService.person                      = C
            funding.RsaService.addAppointment              = C
            funding.RsaService.settleAppointment           = C
            funding.RsaService.addCheckIn                  = C
            funding.RsaService.departmentSheetPdf          = C
            funding.FseService.grid                        = C
            funding.FseService.file                        = C
            funding.FseService.answerEntry                 = C
            funding.FseService.answerExit                  = C
            funding.TrainingAspService.trainings           = C
            funding.TrainingAspService.setAsp              = C
            """;

    /** Every page of the web module (path under /sillon): who may open it. */
    static final String PAGES = """
            /index.xhtml                     = *
            /login.xhtml                     = *
            /verify.xhtml                    = *
            /setup.xhtml                     = *
            /accessibilite.xhtml             = *
            /error/403.xhtml                 = *
            /error/404.xhtml                 = *
            /error/500.xhtml                 = *
            /error/expired.xhtml             = *
            /account/password.xhtml          = A C S P R
            /account/totp.xhtml              = A C S P R
            /totp.xhtml                      = *
            /admin/index.xhtml               = A
            /admin/audit.xhtml               = A
            /admin/frameworks.xhtml          = A
            /admin/structures.xhtml          = A
            /admin/partners.xhtml            = A
            /admin/accounts.xhtml            = A
            /coordinator/index.xhtml         = C
            /coordinator/accounts.xhtml      = C
            /coordinator/activity.xhtml      = C
            /coordinator/audit.xhtml         = C
            /coordinator/certificates.xhtml  = C
            /coordinator/dashboard.xhtml     = C
            /coordinator/frameworks.xhtml    = C
            /coordinator/indicators.xhtml    = C
            /coordinator/participants.xhtml  = C
            /coordinator/pathway.xhtml       = C
            /coordinator/settings.xhtml      = C
            /coordinator/import.xhtml        = C
            /coordinator/devices.xhtml       = C
            /coordinator/hours.xhtml         = C
            /coordinator/funders.xhtml       = C
            /coordinator/followup.xhtml      = C
            /coordinator/rsa.xhtml           = C
            /coordinator/fse.xhtml           = C
            /supervisor/index.xhtml          = C S
            /supervisor/evidence.xhtml       = C S
            /supervisor/observe.xhtml        = C S
            /supervisor/task.xhtml           = C S
            /supervisor/validations.xhtml    = C S
            /participant/index.xhtml         = P
            /participant/detail.xhtml        = P
            /participant/progress.xhtml      = P
            /participant/certificates.xhtml  = P
            /referent/index.xhtml            = R
            /referent/pathway.xhtml          = R
            /referent/certificates.xhtml     = R
            """;

    /** Every REST endpoint ({@code METHOD /api/v1/path}, path parameters as {name}): who may call it. */
    static final String API = """
            GET /api/v1/me                           = A C S P R
            GET /api/v1/frameworks                   = A C S P R
            GET /api/v1/frameworks/{code}/{version}  = A C S P R
            POST /api/v1/observations                = C S
            GET /api/v1/field/day                    = C S
            POST /api/v1/field/tasks                 = C S
            POST /api/v1/field/observations          = C S
            GET /api/v1/certificates                 = C P R
            GET /api/v1/certificates/{id}/pdf        = C P R
            POST /api/v1/certificates                = C
            POST /api/v1/certificates/{id}/revoke    = C
            POST /api/v1/certificates/{id}/reissue   = C
            POST /api/v1/tokens                      = *
            GET /api/v1/tokens                       = A C S P R
            DELETE /api/v1/tokens/{id}               = A C S P R
            # last: it ends the token of the caller
            DELETE /api/v1/tokens/current            = A C S P R
            """;

    /** One table as action → allowed letters ("*" for anyone), in the order written; duplicate rows fail. */
    static Map<String, Set<Character>> parse(String table) {
        Map<String, Set<Character>> rows = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("=", 2);
            Set<Character> who = new TreeSet<>();
            for (String letter : parts[1].trim().split("\\s+")) {
                if (!letter.equals("*") && !ACCOUNTS.containsKey(letter.charAt(0)) || letter.length() != 1) {
                    throw new IllegalArgumentException("unknown account letter in: " + line);
                }
                who.add(letter.charAt(0));
            }
            if (rows.put(parts[0].trim(), who) != null) {
                throw new IllegalArgumentException("row written twice: " + parts[0].trim());
            }
        }
        return rows;
    }

    /** Whether an account (by letter) may do what a row allows. */
    static boolean allows(Set<Character> row, char account) {
        return row.contains('*') || row.contains(account);
    }
}
