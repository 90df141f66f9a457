package fr.sillon.web.pathway;

import fr.sillon.web.infra.Ui;
import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.pathway.PathwayService;
import fr.sillon.ejb.pathway.PathwayViews.*;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** /coordinator/pathway.xhtml?id=: one pathway, tab by tab, with the forms to record what happens. */
@Named
@ViewScoped
public class PathwayBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PathwayService service;

    private Long id;
    private PathwayDetail detail;
    private List<ContractView> contracts;
    private List<InterviewView> interviews;
    private List<BarrierView> barriers;
    private List<ImmersionView> immersions;
    private List<TrainingView> trainings;
    private ExitView exit;
    private List<TimelineEvent> timeline;
    private List<ReferentView> referents;

    // identity form (coordinators)
    private ParticipantForm form;
    // contract form
    private LocalDate contractStart;
    private LocalDate contractEnd;
    private BigDecimal weeklyHours = new BigDecimal("26");
    private ContractException contractException = ContractException.NONE;
    private LocalDate trainingEnd;
    private boolean hoursDerogation;
    private String derogationReference;
    // interview form
    private InterviewKind interviewKind = InterviewKind.SUIVI;
    private LocalDate interviewDate = LocalDate.now();
    private String interviewSummary;
    private String interviewNotes;
    private String actionLabel;
    private LocalDate actionDue;
    // barrier form
    private BarrierCategory barrierCategory;
    private LocalDate barrierDate = LocalDate.now();
    private String barrierDetail;
    private String barrierActionLabel;
    private LocalDate barrierActionDue;
    // immersion form
    private String hostName;
    private String hostSiret;
    private LocalDate immersionStart;
    private LocalDate immersionEnd;
    private ImmersionObjective immersionObjective = ImmersionObjective.DISCOVER_TRADE;
    private String immersionObjectiveDetail;
    private Long renewalOfId;
    // training form
    private TrainingKind trainingKind = TrainingKind.SST_INITIAL;
    private String trainingTitle;
    private String trainingOrganisation;
    private LocalDate trainingStart;
    private LocalDate trainingEndDate;
    private BigDecimal trainingHours;
    private LocalDate certificateDate;
    private String certificateRef;
    private Map<Integer, CleaResult> cleaResults = new TreeMap<>();
    // exit form
    private LocalDate exitDate = LocalDate.now();
    private ExitMotive exitMotive;
    private String exitComment;
    // referent form
    private Long referentId;
    private LocalDate consentDate = LocalDate.now();
    private boolean barriersConsent;

    /** f:viewAction: loads everything of the pathway; unknown or of another structure: 404, like the service. */
    public void load() throws java.io.IOException {
        try {
            detail = id == null ? null : service.pathway(id);
        } catch (fr.sillon.domain.NotFoundException e) {
            detail = null;
        }
        if (detail == null) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, fr.sillon.domain.DomainException.format("error.notFound",
                    "parcours", id == null ? "" : id));
            faces.responseComplete();
            return;
        }
        reload();
    }

    /** Reloads the tabs after a change. */
    private void reload() {
        detail = service.pathway(id);
        contracts = service.contracts(id);
        interviews = service.interviews(id);
        barriers = service.barriers(id);
        immersions = service.immersions(id);
        trainings = service.trainings(id);
        exit = service.exit(id);
        timeline = service.timeline(id);
        referents = service.referents(id);
        form = ParticipantForm.of(detail);
        if (!contracts.isEmpty()) {
            contractStart = contracts.get(contracts.size() - 1).plannedEnd().plusDays(1);
        } else if (contractStart == null) {
            contractStart = detail.entryDate();
        }
    }

    public void updateParticipant() {
        if (Ui.run(() -> service.updateParticipant(id, form.toCommand(), detail.participantVersion()))) {
            Ui.info("pathway.participant.updated");
            reload();
        }
    }

    public void addContract() {
        ContractRequest r = new ContractRequest(contractStart, contractEnd, weeklyHours, contractException,
                trainingEnd, hoursDerogation, derogationReference);
        if (Ui.run(() -> service.addContract(id, r))) {
            Ui.info(contracts.isEmpty() ? "pathway.contract.saved" : "pathway.contract.renewed");
            contractEnd = null;
            reload();
        }
    }

    public void addInterview() {
        List<NewAction> actions = new ArrayList<>();
        if (actionLabel != null && !actionLabel.isBlank()) {
            actions.add(new NewAction(actionLabel, actionDue));
        }
        if (Ui.run(() -> service.addInterview(id, interviewKind, interviewDate, interviewSummary,
                interviewNotes, actions))) {
            Ui.info("pathway.interview.saved");
            interviewSummary = interviewNotes = actionLabel = null;
            actionDue = null;
            reload();
        }
    }

    public void setInterviewActionStatus(long actionId, ActionStatus status) {
        if (Ui.run(() -> service.setInterviewActionStatus(actionId, status))) {
            reload();
        }
    }

    public void addBarrier() {
        List<NewAction> actions = new ArrayList<>();
        if (barrierActionLabel != null && !barrierActionLabel.isBlank()) {
            actions.add(new NewAction(barrierActionLabel, barrierActionDue));
        }
        if (Ui.run(() -> service.addBarrier(id, barrierCategory, barrierDate, barrierDetail, actions))) {
            Ui.info("pathway.barrier.saved");
            barrierDetail = barrierActionLabel = null;
            barrierActionDue = null;
            reload();
        }
    }

    public void changeBarrierStatus(long barrierId, BarrierStatus status) {
        if (Ui.run(() -> service.changeBarrierStatus(barrierId, status, LocalDate.now()))) {
            reload();
        }
    }

    public void addImmersion() {
        ImmersionRequest r = new ImmersionRequest(hostName, hostSiret, immersionStart, immersionEnd,
                immersionObjective, immersionObjectiveDetail, renewalOfId);
        if (Ui.run(() -> service.addImmersion(id, r))) {
            Ui.info("pathway.immersion.saved");
            hostName = hostSiret = immersionObjectiveDetail = null;
            immersionStart = immersionEnd = null;
            renewalOfId = null;
            reload();
        }
    }

    /** Prefills the form with the renewal of an immersion (same host, same objective, following day). */
    public void prepareRenewal(ImmersionView i) {
        hostName = i.hostName();
        hostSiret = i.hostSiret();
        immersionObjective = i.objective();
        immersionStart = i.end().plusDays(1);
        immersionEnd = null;
        renewalOfId = i.id();
    }

    public void recordImmersionOutcome(long immersionId, ImmersionOutcome outcome) {
        if (Ui.run(() -> service.recordImmersionOutcome(immersionId, outcome, null))) {
            reload();
        }
    }

    public void addTraining() {
        Map<Integer, CleaResult> results = trainingKind.isClea() ? new TreeMap<>(cleaResults) : Map.of();
        results.values().removeIf(java.util.Objects::isNull);
        TrainingRequest r = new TrainingRequest(trainingKind, trainingTitle, trainingOrganisation, trainingStart,
                trainingEndDate, trainingHours, certificateDate, certificateRef, results);
        if (Ui.run(() -> service.addTraining(id, r))) {
            Ui.info("pathway.training.saved");
            trainingTitle = trainingOrganisation = certificateRef = null;
            trainingStart = trainingEndDate = certificateDate = null;
            trainingHours = null;
            cleaResults.clear();
            reload();
        }
    }

    public void recordExit() {
        if (Ui.run(() -> service.recordExit(id, exitDate, exitMotive, exitComment))) {
            Ui.info("pathway.exit.saved");
            reload();
        }
    }

    public void assignReferent() {
        if (referentId != null && Ui.run(() -> service.assignReferent(id, referentId, consentDate,
                barriersConsent))) {
            Ui.info("pathway.referent.saved");
            reload();
        }
    }

    public void removeReferent(long assignmentId) {
        if (Ui.run(() -> service.removeReferent(assignmentId))) {
            reload();
        }
    }

    public List<StaffMember> getReferentAccounts() {
        return service.referentAccounts();
    }

    /** What the exit category would be for the chosen motive (shown before saving). */
    public ExitCategory getExitCategoryPreview() {
        return exitMotive == null ? null : exitMotive.category();
    }

    public boolean isActive() {
        return detail != null && detail.status() == PathwayStatus.ACTIVE;
    }

    public ContractException[] getContractExceptions() { return ContractException.values(); }
    public InterviewKind[] getInterviewKinds() { return InterviewKind.values(); }
    public BarrierCategory[] getBarrierCategories() { return BarrierCategory.values(); }
    public BarrierStatus[] getBarrierStatuses() { return BarrierStatus.values(); }
    public ActionStatus[] getActionStatuses() { return ActionStatus.values(); }
    public ImmersionObjective[] getImmersionObjectives() { return ImmersionObjective.values(); }
    public ImmersionOutcome[] getImmersionOutcomes() { return ImmersionOutcome.values(); }
    public TrainingKind[] getTrainingKinds() { return TrainingKind.values(); }
    public CleaResult[] getCleaResultChoices() { return CleaResult.values(); }
    public List<Integer> getCleaDomains() { return List.of(1, 2, 3, 4, 5, 6, 7); }
    public ExitMotive[] getExitMotives() { return ExitMotive.values(); }

    public ParticipantForm getForm() { return form; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PathwayDetail getDetail() { return detail; }
    public List<ContractView> getContracts() { return contracts; }
    public List<InterviewView> getInterviews() { return interviews; }
    public List<BarrierView> getBarriers() { return barriers; }
    public List<ImmersionView> getImmersions() { return immersions; }
    public List<TrainingView> getTrainings() { return trainings; }
    public ExitView getExit() { return exit; }
    public List<TimelineEvent> getTimeline() { return timeline; }
    public List<ReferentView> getReferents() { return referents; }
    public LocalDate getContractStart() { return contractStart; }
    public void setContractStart(LocalDate v) { this.contractStart = v; }
    public LocalDate getContractEnd() { return contractEnd; }
    public void setContractEnd(LocalDate v) { this.contractEnd = v; }
    public BigDecimal getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(BigDecimal v) { this.weeklyHours = v; }
    public ContractException getContractException() { return contractException; }
    public void setContractException(ContractException v) { this.contractException = v; }
    public LocalDate getTrainingEnd() { return trainingEnd; }
    public void setTrainingEnd(LocalDate v) { this.trainingEnd = v; }
    public boolean isHoursDerogation() { return hoursDerogation; }
    public void setHoursDerogation(boolean v) { this.hoursDerogation = v; }
    public String getDerogationReference() { return derogationReference; }
    public void setDerogationReference(String v) { this.derogationReference = v; }
    public InterviewKind getInterviewKind() { return interviewKind; }
    public void setInterviewKind(InterviewKind v) { this.interviewKind = v; }
    public LocalDate getInterviewDate() { return interviewDate; }
    public void setInterviewDate(LocalDate v) { this.interviewDate = v; }
    public String getInterviewSummary() { return interviewSummary; }
    public void setInterviewSummary(String v) { this.interviewSummary = v; }
    public String getInterviewNotes() { return interviewNotes; }
    public void setInterviewNotes(String v) { this.interviewNotes = v; }
    public String getActionLabel() { return actionLabel; }
    public void setActionLabel(String v) { this.actionLabel = v; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate v) { this.actionDue = v; }
    public BarrierCategory getBarrierCategory() { return barrierCategory; }
    public void setBarrierCategory(BarrierCategory v) { this.barrierCategory = v; }
    public LocalDate getBarrierDate() { return barrierDate; }
    public void setBarrierDate(LocalDate v) { this.barrierDate = v; }
    public String getBarrierDetail() { return barrierDetail; }
    public void setBarrierDetail(String v) { this.barrierDetail = v; }
    public String getBarrierActionLabel() { return barrierActionLabel; }
    public void setBarrierActionLabel(String v) { this.barrierActionLabel = v; }
    public LocalDate getBarrierActionDue() { return barrierActionDue; }
    public void setBarrierActionDue(LocalDate v) { this.barrierActionDue = v; }
    public String getHostName() { return hostName; }
    public void setHostName(String v) { this.hostName = v; }
    public String getHostSiret() { return hostSiret; }
    public void setHostSiret(String v) { this.hostSiret = v; }
    public LocalDate getImmersionStart() { return immersionStart; }
    public void setImmersionStart(LocalDate v) { this.immersionStart = v; }
    public LocalDate getImmersionEnd() { return immersionEnd; }
    public void setImmersionEnd(LocalDate v) { this.immersionEnd = v; }
    public ImmersionObjective getImmersionObjective() { return immersionObjective; }
    public void setImmersionObjective(ImmersionObjective v) { this.immersionObjective = v; }
    public String getImmersionObjectiveDetail() { return immersionObjectiveDetail; }
    public void setImmersionObjectiveDetail(String v) { this.immersionObjectiveDetail = v; }
    public Long getRenewalOfId() { return renewalOfId; }
    public void setRenewalOfId(Long v) { this.renewalOfId = v; }
    public TrainingKind getTrainingKind() { return trainingKind; }
    public void setTrainingKind(TrainingKind v) { this.trainingKind = v; }
    public String getTrainingTitle() { return trainingTitle; }
    public void setTrainingTitle(String v) { this.trainingTitle = v; }
    public String getTrainingOrganisation() { return trainingOrganisation; }
    public void setTrainingOrganisation(String v) { this.trainingOrganisation = v; }
    public LocalDate getTrainingStart() { return trainingStart; }
    public void setTrainingStart(LocalDate v) { this.trainingStart = v; }
    public LocalDate getTrainingEndDate() { return trainingEndDate; }
    public void setTrainingEndDate(LocalDate v) { this.trainingEndDate = v; }
    public BigDecimal getTrainingHours() { return trainingHours; }
    public void setTrainingHours(BigDecimal v) { this.trainingHours = v; }
    public LocalDate getCertificateDate() { return certificateDate; }
    public void setCertificateDate(LocalDate v) { this.certificateDate = v; }
    public String getCertificateRef() { return certificateRef; }
    public void setCertificateRef(String v) { this.certificateRef = v; }
    public Map<Integer, CleaResult> getCleaResults() { return cleaResults; }
    public LocalDate getExitDate() { return exitDate; }
    public void setExitDate(LocalDate v) { this.exitDate = v; }
    public ExitMotive getExitMotive() { return exitMotive; }
    public void setExitMotive(ExitMotive v) { this.exitMotive = v; }
    public String getExitComment() { return exitComment; }
    public void setExitComment(String v) { this.exitComment = v; }
    public Long getReferentId() { return referentId; }
    public void setReferentId(Long v) { this.referentId = v; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate v) { this.consentDate = v; }
    public boolean isBarriersConsent() { return barriersConsent; }
    public void setBarriersConsent(boolean v) { this.barriersConsent = v; }
}
