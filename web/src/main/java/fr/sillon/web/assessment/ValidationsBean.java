package fr.sillon.web.assessment;

import fr.sillon.web.infra.Ui;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.ejb.assessment.AssessmentViews.DecisionRow;
import fr.sillon.ejb.assessment.AssessmentViews.Proposal;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Screen « Validations » (/supervisor/validations.xhtml): the criteria that meet the policy, to validate or decline
 * with a note; the recent decisions, that a coordinator can revoke with a reason.
 */
@Named
@ViewScoped
public class ValidationsBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    ValidationService validations;

    private int first;
    private long total;
    private List<Proposal> proposals;
    private List<DecisionRow> decisions;
    private Proposal selected;
    private DecisionRow selectedDecision;
    private String note;
    private String reason;

    @PostConstruct
    void init() {
        refresh();
    }

    void refresh() {
        total = validations.countProposals(null);
        if (first >= total) {
            first = 0;
        }
        proposals = validations.proposals(null, first, PAGE);
        decisions = validations.decisions(null, 0, 30);
    }

    public void select(Proposal p) {
        selected = p;
        note = null;
    }

    public void validate() {
        if (Ui.attempt(() -> validations.validate(selected.participantId(), selected.competencyId(), note)) != null) {
            Ui.info("assessment.validations.validated", selected.participantName(), selected.frameworkCode() + " " + selected.criterionCode());
        }
        refresh();
    }

    public void decline() {
        if (Ui.attempt(() -> validations.decline(selected.participantId(), selected.competencyId(), note)) != null) {
            Ui.info("assessment.validations.declined", selected.participantName(), selected.frameworkCode() + " " + selected.criterionCode());
        }
        refresh();
    }

    public void selectDecision(DecisionRow d) {
        selectedDecision = d;
        reason = null;
    }

    public void revoke() {
        if (Ui.attempt(() -> validations.revoke(selectedDecision.id(), selectedDecision.version(), reason))) {
            Ui.info("assessment.validations.revoked", selectedDecision.participantName());
        }
        refresh();
    }

    public void next() {
        if (first + PAGE < total) {
            first += PAGE;
        }
        refresh();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        refresh();
    }

    public int getFirst() { return first; }
    public long getTotal() { return total; }
    public int getPage() { return PAGE; }
    public List<Proposal> getProposals() { return proposals; }
    public List<DecisionRow> getDecisions() { return decisions; }
    public Proposal getSelected() { return selected; }
    public DecisionRow getSelectedDecision() { return selectedDecision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
