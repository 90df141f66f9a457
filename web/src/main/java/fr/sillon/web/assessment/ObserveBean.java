package fr.sillon.web.assessment;

import fr.sillon.web.infra.Ui;
import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.AssessmentViews.ExistingCell;
import fr.sillon.ejb.assessment.AssessmentViews.GridCell;
import fr.sillon.ejb.assessment.AssessmentViews.GridCriterion;
import fr.sillon.ejb.assessment.AssessmentViews.GridParticipant;
import fr.sillon.ejb.assessment.AssessmentViews.GridSave;
import fr.sillon.ejb.assessment.AssessmentViews.LevelOption;
import fr.sillon.ejb.assessment.AssessmentViews.ObservationGrid;
import fr.sillon.ejb.assessment.AssessmentViews.SaveSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Screen « Observer » (/supervisor/observe.xhtml?task=): the tablet grid, participants × criteria of the task, each
 * cell a row of big buttons on the framework's scale (default « non observé »), one note per participant, one save.
 * Cells change on the client only; the whole grid is sent once. The page's script keeps the ratings on the device
 * until a save succeeds, so an ended session loses none (issue 11).
 */
@Named
@ViewScoped
public class ObserveBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ObservationService observations;

    private Long task;
    private ObservationGrid grid;
    /** "participantId_competencyId" → level rank as text ("0" = non observé). */
    private final Map<String, String> levels = new HashMap<>();
    private final Map<String, String> uuids = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    /** Successful saves of this view: the page's script forgets the ratings it kept once this number changes. */
    private int saves;

    /** f:viewAction on the first GET. */
    public void load() {
        if (task == null) {
            return;
        }
        grid = Ui.attempt(() -> observations.grid(task));
        if (grid == null) {
            return;
        }
        levels.clear();
        uuids.clear();
        notes.clear();
        for (GridParticipant p : grid.participants()) {
            for (GridCriterion c : grid.criteria()) {
                levels.put(key(p.id(), c.id()), "0");
                uuids.put(key(p.id(), c.id()), UUID.randomUUID().toString());
            }
        }
        for (ExistingCell e : grid.existing()) {
            levels.put(key(e.participantId(), e.competencyId()), String.valueOf(e.levelRank()));
        }
    }

    public String key(long participantId, long competencyId) {
        return participantId + "_" + competencyId;
    }

    /** The scale of a criterion; empty outside an iteration (nested ui:repeat may evaluate without its var). */
    public List<LevelOption> levelsOf(GridCriterion c) {
        if (c == null || grid == null) {
            return List.of();
        }
        return grid.levelsByScale().getOrDefault(c.scaleId(), List.of());
    }

    /** Quick fill: every participant at this level for one criterion (then adjust the exceptions). */
    public void setAll(long competencyId, int rank) {
        for (GridParticipant p : grid.participants()) {
            levels.put(key(p.id(), competencyId), String.valueOf(rank));
        }
    }

    public void save() {
        List<GridCell> cells = new ArrayList<>();
        for (GridParticipant p : grid.participants()) {
            for (GridCriterion c : grid.criteria()) {
                String k = key(p.id(), c.id());
                String v = levels.get(k);
                cells.add(new GridCell(p.id(), c.id(), v == null || v.isBlank() ? 0 : Integer.valueOf(v), uuids.get(k)));
            }
        }
        Map<Long, String> byParticipant = new HashMap<>();
        notes.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                byParticipant.put(Long.valueOf(k), v);
            }
        });
        SaveSummary s = Ui.attempt(() -> observations.saveGrid(new GridSave(grid.taskRecordId(), cells, byParticipant)));
        if (s != null) {
            if (s.created() + s.corrected() == 0) {
                Ui.info("assessment.observe.nothingToSave"); // a save that saved nothing says so
            } else {
                Ui.info("assessment.observe.saved", s.created(), s.corrected());
            }
            saves++;
            load();
        }
    }

    public int getSaves() { return saves; }
    public Long getTask() { return task; }
    public void setTask(Long task) { this.task = task; }
    public ObservationGrid getGrid() { return grid; }
    public Map<String, String> getLevels() { return levels; }
    public Map<String, String> getNotes() { return notes; }
}
