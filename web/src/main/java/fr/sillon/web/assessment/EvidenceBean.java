package fr.sillon.web.assessment;

import fr.sillon.ejb.assessment.AssessmentService;
import fr.sillon.ejb.assessment.AssessmentViews.DecisionRow;
import fr.sillon.ejb.assessment.AssessmentViews.HistoryRow;
import fr.sillon.ejb.assessment.AssessmentViews.LevelOption;
import fr.sillon.ejb.assessment.AssessmentViews.ParticipantProgress;
import fr.sillon.ejb.assessment.AssessmentViews.Proposal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Screen « Preuves d'un participant » (/supervisor/evidence.xhtml?participant=): progress per framework and domain,
 * criteria ready for validation, the observation history (corrections included) and the correction of an observation.
 * The participant's own page (/participant/progress.xhtml) uses the same bean read-only.
 */
@Named
@ViewScoped
public class EvidenceBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int STEP = 50;

    @Inject
    AssessmentService assessment;

    private Long participant;
    private boolean own;
    private int limit = STEP;
    private ParticipantProgress progress;
    private List<HistoryRow> history;
    private List<Proposal> proposals;
    private List<DecisionRow> decisions;
    private HistoryRow selected;
    private Integer newLevel;
    private List<LevelOption> levels = List.of();
    private String reason;

    /** f:viewAction of the supervisor's page. */
    public void load() {
        if (participant != null) {
            refresh();
        }
    }

    /** f:viewAction of the participant's own page. */
    public void loadOwn() {
        own = true;
        participant = Ui.attempt(() -> assessment.myParticipantId());
        if (participant != null) {
            refresh();
        }
    }

    void refresh() {
        progress = Ui.attempt(() -> assessment.progress(participant));
        if (progress == null) {
            return;
        }
        history = assessment.history(participant, null, 0, limit);
        decisions = assessment.decisions(participant, 0, 100);
        proposals = own ? List.of() : assessment.proposals(participant, 0, 100);
    }

    public void more() {
        limit += STEP;
        refresh();
    }

    public void select(HistoryRow row) {
        selected = row;
        newLevel = row.levelRank();
        levels = assessment.levelsOf(row.competencyId());
        reason = null;
    }

    public void correct() {
        if (Ui.attempt(() -> assessment.correct(selected.id(), newLevel == null ? 0 : newLevel, null, reason)) != null) {
            Ui.info("assessment.evidence.corrected");
        }
        refresh();
    }

    public int percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100f * part / total);
    }

    public Long getParticipant() { return participant; }
    public void setParticipant(Long participant) { this.participant = participant; }
    public boolean isOwn() { return own; }
    public int getLimit() { return limit; }
    public ParticipantProgress getProgress() { return progress; }
    public List<HistoryRow> getHistory() { return history; }
    public List<Proposal> getProposals() { return proposals; }
    public List<DecisionRow> getDecisions() { return decisions; }
    public HistoryRow getSelected() { return selected; }
    public List<LevelOption> getLevels() { return levels; }
    public Integer getNewLevel() { return newLevel; }
    public void setNewLevel(Integer newLevel) { this.newLevel = newLevel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
