package fr.sillon.web.spaces;

import fr.sillon.web.infra.Ui;
import fr.sillon.ejb.assessment.AssessmentViews.DomainProgress;
import fr.sillon.ejb.assessment.AssessmentViews.FrameworkProgress;
import fr.sillon.ejb.spaces.MyPathwayService;
import fr.sillon.ejb.spaces.SpacesViews.MyPathway;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Mon parcours », the participant's home: their own progress, recent work, validations, contract, certificates. */
@Named
@ViewScoped
public class ParticipantHomeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MyPathwayService service;
    private MyPathway me;

    @PostConstruct
    void init() {
        me = service.overview();
    }

    public MyPathway getMe() {
        return me;
    }

    /** The CléA framework's progress (the one shown domain by domain with a chart each), or null. */
    public FrameworkProgress getClea() {
        return frameworks().stream().filter(f -> "CLEA".equals(f.frameworkCode())).findFirst().orElse(null);
    }

    /** The other frameworks where something was observed or validated (progress bars). */
    public List<FrameworkProgress> getOthers() {
        return frameworks().stream().filter(f -> !"CLEA".equals(f.frameworkCode()))
                .filter(f -> f.validated() + f.inProgress() > 0).toList();
    }

    private List<FrameworkProgress> frameworks() {
        return me.progress() == null ? List.of() : me.progress().frameworks();
    }

    public int percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100f * part / total);
    }

    /** Chart.js configuration of one CléA domain: a doughnut validated / in progress / not yet. */
    public String chart(DomainProgress d) {
        return ("{\"type\":\"doughnut\",\"data\":{\"labels\":[\"%s\",\"%s\",\"%s\"],\"datasets\":[{\"data\":[%d,%d,%d],"
                + "\"backgroundColor\":[\"#2f6b2f\",\"#f0a500\",\"#d9d9d9\"]}]},"
                + "\"options\":{\"plugins\":{\"legend\":{\"display\":false}},\"cutout\":\"55%%\",\"animation\":false}}")
                .formatted(Ui.text("spaces.me.validated"), Ui.text("spaces.me.inProgress"),
                        Ui.text("spaces.me.notYet"), d.validated(), d.inProgress(), d.notObserved());
    }

    /** Icon of a level (larger = more autonomous), for people who read little. */
    public String levelIcon(int rank) {
        return switch (rank) {
            case 1 -> "pi pi-eye";
            case 2 -> "pi pi-users";
            case 3 -> "pi pi-thumbs-up";
            default -> rank >= 4 ? "pi pi-star-fill" : "pi pi-circle";
        };
    }

    // issue 15: « Facile à lire et à comprendre »

    private List<EasyRead.Day> days;

    /** Recent work grouped by day, then by task. */
    public List<EasyRead.Day> getDays() {
        if (days == null) {
            days = me.recent() == null ? List.of() : EasyRead.days(me.recent());
        }
        return days;
    }

    public String taskPicto(String taskName) {
        return EasyRead.picto(taskName);
    }

    public String domainPicto(String domainCode) {
        return EasyRead.domainPicto(domainCode);
    }

    /** As many stars as criteria validated in a domain (at most 12: the figure says the rest). */
    public List<Integer> stars(int validated) {
        return java.util.stream.IntStream.range(0, Math.min(validated, 12)).boxed().toList();
    }
}
