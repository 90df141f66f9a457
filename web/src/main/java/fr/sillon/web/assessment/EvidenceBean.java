package fr.sillon.web.assessment;

import fr.sillon.web.infra.Ui;
import fr.sillon.ejb.activity.TaskCatalogueService;
import fr.sillon.ejb.activity.ActivityViews.CriterionOption;
import fr.sillon.ejb.assessment.ProgressQueries;
import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.ejb.assessment.AssessmentViews.ItemResult;
import fr.sillon.ejb.assessment.AssessmentViews.ItemStatus;
import fr.sillon.ejb.assessment.AssessmentViews.ObservationInput;
import fr.sillon.ejb.assessment.AssessmentViews.DecisionRow;
import fr.sillon.ejb.assessment.AssessmentViews.HistoryRow;
import fr.sillon.ejb.assessment.AssessmentViews.LevelOption;
import fr.sillon.ejb.assessment.AssessmentViews.ParticipantProgress;
import fr.sillon.ejb.assessment.AssessmentViews.Proposal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
    ProgressQueries progressQueries;
    @Inject
    ObservationService observations;
    @Inject
    ValidationService validations;
    @Inject
    TaskCatalogueService catalogue;

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
    // observation outside a task record
    private CriterionOption newCriterion;
    private List<LevelOption> newCriterionLevels = List.of();
    private Integer newCriterionLevel;
    private LocalDate newDay = LocalDate.now();
    private String newNote;

    /** f:viewAction of the supervisor's page. */
    public void load() {
        if (participant != null) {
            refresh();
        }
    }

    /** f:viewAction of the participant's own page. */
    public void loadOwn() {
        own = true;
        participant = Ui.attempt(() -> progressQueries.myParticipantId());
        if (participant != null) {
            refresh();
        }
    }

    void refresh() {
        progress = Ui.attempt(() -> progressQueries.progress(participant));
        if (progress == null) {
            return;
        }
        history = observations.history(participant, null, 0, limit);
        decisions = validations.decisions(participant, 0, 100);
        proposals = own ? List.of() : validations.proposals(participant, 0, 100);
    }

    public void more() {
        limit += STEP;
        refresh();
    }

    public void select(HistoryRow row) {
        selected = row;
        newLevel = row.levelRank();
        levels = progressQueries.levelsOf(row.competencyId());
        reason = null;
    }

    public void correct() {
        if (Ui.attempt(() -> observations.correct(selected.id(), newLevel == null ? 0 : newLevel, null, reason)) != null) {
            Ui.info("assessment.evidence.corrected");
        }
        refresh();
    }

    public List<CriterionOption> completeCriterion(String query) {
        return catalogue.searchCriteria(query, 30);
    }

    public void criterionChosen() {
        newCriterionLevels = newCriterion == null ? List.of() : progressQueries.levelsOf(newCriterion.id()).stream()
                .filter(l -> l.rank() > 0).toList();
        newCriterionLevel = null;
    }

    /** Records one observation outside any task record (same rules and audit as the grid). */
    public void addObservation() {
        if (newCriterion == null || newCriterionLevel == null) {
            Ui.error(Ui.text("assessment.evidence.addMissing"));
            return;
        }
        List<ItemResult> r = Ui.attempt(() -> observations.recordObservations(List.of(new ObservationInput(
                UUID.randomUUID().toString(), participant, newCriterion.id(), newCriterionLevel, newDay, null, newNote))));
        if (r != null) {
            if (r.get(0).status() == ItemStatus.REJECTED) {
                Ui.error(r.get(0).reason());
            } else {
                Ui.info("assessment.evidence.added");
                newCriterion = null;
                newCriterionLevels = List.of();
                newCriterionLevel = null;
                newNote = null;
            }
        }
        refresh();
    }

    public int percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100f * part / total);
    }

    public CriterionOption getNewCriterion() { return newCriterion; }
    public void setNewCriterion(CriterionOption newCriterion) { this.newCriterion = newCriterion; }
    public List<LevelOption> getNewCriterionLevels() { return newCriterionLevels; }
    public Integer getNewCriterionLevel() { return newCriterionLevel; }
    public void setNewCriterionLevel(Integer newCriterionLevel) { this.newCriterionLevel = newCriterionLevel; }
    public LocalDate getNewDay() { return newDay; }
    public void setNewDay(LocalDate newDay) { this.newDay = newDay; }
    public LocalDate getToday() { return LocalDate.now(); }
    public String getNewNote() { return newNote; }
    public void setNewNote(String newNote) { this.newNote = newNote; }
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
