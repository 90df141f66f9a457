package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.ActionStatus;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.InterviewKind;
import fr.sillon.ejb.pathway.FollowUpService;
import fr.sillon.ejb.pathway.PathwayViews.BarrierView;
import fr.sillon.ejb.pathway.PathwayViews.InterviewView;
import fr.sillon.ejb.pathway.PathwayViews.NewAction;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The interviews and barriers tabs of a pathway, each with one agreed action to add. */
@Named
@ViewScoped
public class FollowUpTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService service;
    @Inject
    PathwayPage page;

    private List<InterviewView> interviews;
    private List<BarrierView> barriers;
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

    public List<InterviewView> getInterviews() {
        if (interviews == null) {
            interviews = service.interviews(page.getId());
        }
        return interviews;
    }

    public List<BarrierView> getBarriers() {
        if (barriers == null) {
            barriers = service.barriers(page.getId());
        }
        return barriers;
    }

    private static List<NewAction> action(String label, LocalDate due) {
        return label == null || label.isBlank() ? List.of() : List.of(new NewAction(label, due));
    }

    public void addInterview() {
        List<NewAction> actions = action(actionLabel, actionDue);
        if (Ui.run(() -> service.addInterview(page.getId(), interviewKind, interviewDate, interviewSummary,
                interviewNotes, actions))) {
            Ui.info("pathway.interview.saved");
            interviewSummary = interviewNotes = actionLabel = null;
            actionDue = null;
            interviewsChanged();
        }
    }

    public void setInterviewActionStatus(long actionId, ActionStatus status) {
        if (Ui.run(() -> service.setInterviewActionStatus(actionId, status))) {
            interviewsChanged();
        }
    }

    public void addBarrier() {
        List<NewAction> actions = action(barrierActionLabel, barrierActionDue);
        if (Ui.run(() -> service.addBarrier(page.getId(), barrierCategory, barrierDate, barrierDetail, actions))) {
            Ui.info("pathway.barrier.saved");
            barrierDetail = barrierActionLabel = null;
            barrierActionDue = null;
            barriersChanged();
        }
    }

    public void changeBarrierStatus(long barrierId, BarrierStatus status) {
        if (Ui.run(() -> service.changeBarrierStatus(barrierId, status, LocalDate.now()))) {
            barriersChanged();
        }
    }

    private void interviewsChanged() {
        interviews = null;
        page.changed();
    }

    private void barriersChanged() {
        barriers = null;
        page.changed();
    }

    public InterviewKind[] getInterviewKinds() { return InterviewKind.values(); }
    public BarrierCategory[] getBarrierCategories() { return BarrierCategory.values(); }
    public BarrierStatus[] getBarrierStatuses() { return BarrierStatus.values(); }

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
}
