package fr.sillon.web.spaces;

import fr.sillon.ejb.shared.Roles;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.ActivityViews.PersonOption;
import fr.sillon.ejb.activity.ActivityViews.TaskRecordRow;
import fr.sillon.ejb.activity.ActivityViews.TeamView;
import fr.sillon.ejb.assessment.ValidationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** « Ma journée » (supervisor home): my teams, today's task records (one tap to observe), the validation queue. */
@Named
@ViewScoped
public class SupervisorDayBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activity;
    @Inject
    ValidationService validations;
    @Inject
    CurrentCaller currentCaller;

    private List<TeamView> teams;
    private List<TaskRecordRow> today;
    private long toValidate;
    private final Map<Long, List<PersonOption>> members = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        long me = currentCaller.get().userId();
        // the request's roles, not an injected SecurityContext: Soteria's is a dependent bean holding a
        // non-serializable Elytron resolver, which made this view (and so the whole session) impossible to replicate
        boolean coordinator = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.COORDINATOR);
        teams = activity.teams().stream().filter(t -> t.active() && (coordinator || t.supervisorId() == me)).toList();
        LocalDate day = LocalDate.now();
        today = activity.taskRecords(day, day, !coordinator, 0, 50);
        toValidate = validations.countProposals(null);
        for (TeamView t : teams) {
            members.put(t.id(), activity.teamMembers(t.id()));
        }
    }

    /** The people of a team (links to their evidence and progress). */
    public List<PersonOption> members(long teamId) {
        return members.getOrDefault(teamId, List.of());
    }

    public List<TeamView> getTeams() { return teams; }
    public List<TaskRecordRow> getToday() { return today; }
    public long getToValidate() { return toValidate; }
    public LocalDate getDay() { return LocalDate.now(); }
}
