package fr.sillon.web.activity;

import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.TaskCatalogueService;
import fr.sillon.ejb.activity.ActivityViews.PersonOption;
import fr.sillon.ejb.activity.ActivityViews.SiteView;
import fr.sillon.ejb.activity.ActivityViews.TaskRecordForm;
import fr.sillon.ejb.activity.ActivityViews.TaskRecordRow;
import fr.sillon.ejb.activity.ActivityViews.TaskTypeView;
import fr.sillon.ejb.activity.ActivityViews.TeamView;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Screen « Enregistrer une tâche » (/supervisor/task.xhtml): the day's work, participants pre-filled from the team. */
@Named
@ViewScoped
public class TaskBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activity;
    @Inject
    TaskCatalogueService catalogue;

    private LocalDate performedOn = LocalDate.now();
    private Long siteId;
    private Long taskTypeId;
    private Long teamId;
    private Integer durationMinutes = 180;
    private Long[] participantIds = new Long[0];
    private String note;

    private List<SiteView> sites;
    private List<TaskTypeView> taskTypes;
    private List<TeamView> teams;
    private List<PersonOption> participants;
    private List<TaskRecordRow> recent;

    @PostConstruct
    void init() {
        sites = activity.sites(true);
        taskTypes = catalogue.taskTypes(null, true, 0, 200);
        teams = activity.teams().stream().filter(TeamView::active).toList();
        participants = activity.participants(null, 500);
        recent = activity.taskRecords(LocalDate.now().minusDays(14), LocalDate.now(), false, 0, 30);
        if (sites.size() == 1) {
            siteId = sites.get(0).id();
        }
    }

    /** The team was chosen: its members are ticked as present. */
    public void teamChanged() {
        participantIds = teamId == null ? new Long[0]
                : activity.teamMembers(teamId).stream().map(PersonOption::id).toArray(Long[]::new);
    }

    public String save() {
        Long id = Ui.attempt(() -> activity.recordTask(new TaskRecordForm(performedOn, siteId, taskTypeId, teamId,
                durationMinutes == null ? 0 : durationMinutes, Arrays.asList(participantIds), note)));
        return id == null ? null : "/supervisor/observe.xhtml?faces-redirect=true&task=" + id;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public LocalDate getPerformedOn() { return performedOn; }
    public void setPerformedOn(LocalDate performedOn) { this.performedOn = performedOn; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public Long getTaskTypeId() { return taskTypeId; }
    public void setTaskTypeId(Long taskTypeId) { this.taskTypeId = taskTypeId; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public Long[] getParticipantIds() { return participantIds; }
    public void setParticipantIds(Long[] participantIds) { this.participantIds = participantIds; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<SiteView> getSites() { return sites; }
    public List<TaskTypeView> getTaskTypes() { return taskTypes; }
    public List<TeamView> getTeams() { return teams; }
    public List<PersonOption> getParticipants() { return participants; }
    public List<TaskRecordRow> getRecent() { return recent; }
}
