package fr.sillon.web.activity;

import fr.sillon.domain.activity.Season;
import fr.sillon.domain.activity.SiteKind;
import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.TaskCatalogueService;
import fr.sillon.ejb.activity.ActivityViews.*;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Screen « Sites, équipes et tâches » (/coordinator/activity.xhtml): the structure's sites and teams, and its task
 * catalogue (the shipped catalogue is read-only and can be copied to be adapted).
 */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activity;
    @Inject
    TaskCatalogueService catalogue;

    private List<SiteView> sites;
    private List<TeamView> teams;
    private List<TaskTypeView> taskTypes;
    private List<PersonOption> supervisors;
    private List<PersonOption> participants;
    private String search;

    // site being edited
    private Long siteId;
    private String siteName;
    private SiteKind siteKind = SiteKind.JARDIN;
    private String siteAddress;
    private boolean siteActive = true;
    private int siteVersion;

    // team being edited
    private Long teamId;
    private String teamName;
    private Long teamSupervisorId;
    private Long[] teamMemberIds = new Long[0];
    private boolean teamActive = true;
    private int teamVersion;

    // task type being edited
    private Long typeId;
    private String typeName;
    private String typeDescription;
    private SiteKind typeSiteKind;
    private Season typeSeason = Season.ALL_YEAR;
    private boolean typeActive = true;
    private int typeVersion;
    private List<CriterionOption> typeCriteria = new ArrayList<>();

    @PostConstruct
    void init() {
        supervisors = activity.supervisors();
        participants = activity.participants(null, 500);
        refresh();
    }

    void refresh() {
        sites = activity.sites(false);
        teams = activity.teams();
        taskTypes = catalogue.taskTypes(search, false, 0, 200);
    }

    public void filter() {
        taskTypes = catalogue.taskTypes(search, false, 0, 200);
    }

    public void newSite() {
        siteId = null;
        siteName = null;
        siteKind = SiteKind.JARDIN;
        siteAddress = null;
        siteActive = true;
        siteVersion = 0;
    }

    public void editSite(SiteView s) {
        siteId = s.id();
        siteName = s.name();
        siteKind = s.kind();
        siteAddress = s.address();
        siteActive = s.active();
        siteVersion = s.version();
    }

    public void saveSite() {
        if (Ui.attempt(() -> activity.saveSite(new SiteForm(siteId, siteName, siteKind, siteAddress, siteActive, siteVersion))) != null) {
            Ui.info("activity.catalogue.saved");
        }
        refresh();
    }

    public void newTeam() {
        teamId = null;
        teamName = null;
        teamSupervisorId = null;
        teamMemberIds = new Long[0];
        teamActive = true;
        teamVersion = 0;
    }

    public void editTeam(TeamView t) {
        teamId = t.id();
        teamName = t.name();
        teamSupervisorId = t.supervisorId();
        teamMemberIds = activity.teamMembers(t.id()).stream().map(PersonOption::id).toArray(Long[]::new);
        teamActive = t.active();
        teamVersion = t.version();
    }

    public void saveTeam() {
        if (Ui.attempt(() -> activity.saveTeam(new TeamForm(teamId, teamName, teamSupervisorId == null ? 0 : teamSupervisorId,
                Arrays.asList(teamMemberIds), teamActive, teamVersion))) != null) {
            Ui.info("activity.catalogue.saved");
        }
        refresh();
    }

    public void newType() {
        typeId = null;
        typeName = null;
        typeDescription = null;
        typeSiteKind = null;
        typeSeason = Season.ALL_YEAR;
        typeActive = true;
        typeVersion = 0;
        typeCriteria = new ArrayList<>();
    }

    public void editType(TaskTypeView t) {
        TaskTypeDetail d = catalogue.taskType(t.id());
        typeId = d.id();
        typeName = d.name();
        typeDescription = d.description();
        typeSiteKind = d.siteKind();
        typeSeason = d.season();
        typeActive = d.active();
        typeVersion = d.version();
        typeCriteria = new ArrayList<>(d.criteria());
    }

    public void copyType(TaskTypeView t) {
        Long id = Ui.attempt(() -> catalogue.copyTaskType(t.id()));
        if (id != null) {
            Ui.info("activity.catalogue.copied", t.name());
        }
        refresh();
    }

    public List<CriterionOption> completeCriterion(String query) {
        return catalogue.searchCriteria(query, 30);
    }

    public void saveType() {
        List<Long> ids = typeCriteria.stream().map(CriterionOption::id).toList();
        if (Ui.attempt(() -> catalogue.saveTaskType(new TaskTypeForm(typeId, typeName, typeDescription, typeSiteKind,
                typeSeason, typeActive, ids, typeVersion))) != null) {
            Ui.info("activity.catalogue.saved");
        }
        refresh();
    }

    public SiteKind[] getSiteKinds() { return SiteKind.values(); }
    public Season[] getSeasons() { return Season.values(); }
    public List<SiteView> getSites() { return sites; }
    public List<TeamView> getTeams() { return teams; }
    public List<TaskTypeView> getTaskTypes() { return taskTypes; }
    public List<PersonOption> getSupervisors() { return supervisors; }
    public List<PersonOption> getParticipants() { return participants; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Long getSiteId() { return siteId; }
    public String getSiteName() { return siteName; }
    public void setSiteName(String siteName) { this.siteName = siteName; }
    public SiteKind getSiteKind() { return siteKind; }
    public void setSiteKind(SiteKind siteKind) { this.siteKind = siteKind; }
    public String getSiteAddress() { return siteAddress; }
    public void setSiteAddress(String siteAddress) { this.siteAddress = siteAddress; }
    public boolean isSiteActive() { return siteActive; }
    public void setSiteActive(boolean siteActive) { this.siteActive = siteActive; }
    public Long getTeamId() { return teamId; }
    public String getTeamName() { return teamName; }
    public void setTeamName(String teamName) { this.teamName = teamName; }
    public Long getTeamSupervisorId() { return teamSupervisorId; }
    public void setTeamSupervisorId(Long teamSupervisorId) { this.teamSupervisorId = teamSupervisorId; }
    public Long[] getTeamMemberIds() { return teamMemberIds; }
    public void setTeamMemberIds(Long[] teamMemberIds) { this.teamMemberIds = teamMemberIds; }
    public boolean isTeamActive() { return teamActive; }
    public void setTeamActive(boolean teamActive) { this.teamActive = teamActive; }
    public Long getTypeId() { return typeId; }
    public String getTypeName() { return typeName; }
    public void setTypeName(String typeName) { this.typeName = typeName; }
    public String getTypeDescription() { return typeDescription; }
    public void setTypeDescription(String typeDescription) { this.typeDescription = typeDescription; }
    public SiteKind getTypeSiteKind() { return typeSiteKind; }
    public void setTypeSiteKind(SiteKind typeSiteKind) { this.typeSiteKind = typeSiteKind; }
    public Season getTypeSeason() { return typeSeason; }
    public void setTypeSeason(Season typeSeason) { this.typeSeason = typeSeason; }
    public boolean isTypeActive() { return typeActive; }
    public void setTypeActive(boolean typeActive) { this.typeActive = typeActive; }
    public List<CriterionOption> getTypeCriteria() { return typeCriteria; }
    public void setTypeCriteria(List<CriterionOption> typeCriteria) { this.typeCriteria = typeCriteria; }
}
