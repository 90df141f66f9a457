package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.PathwayAlerts;
import fr.sillon.ejb.pathway.PathwayReports;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** /coordinator/dashboard.xhtml: the alerts of the day. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PathwayReports reports;

    private final LocalDate today = LocalDate.now();
    private List<PathwayAlerts.Alert> alerts;

    @PostConstruct
    void init() {
        alerts = reports.alerts(today);
    }

    public Map<PathwayAlerts.Kind, Long> getCounts() {
        return alerts.stream().collect(Collectors.groupingBy(PathwayAlerts.Alert::kind, Collectors.counting()));
    }

    public PathwayAlerts.Kind[] getKinds() {
        return PathwayAlerts.Kind.values();
    }

    /** issue 15: the alerts of one kind when the page is opened from a figure of the home ({@code ?kind=}). */
    private PathwayAlerts.Kind kind;

    public List<PathwayAlerts.Alert> getShown() {
        return kind == null ? alerts : alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    public String getKind() { return kind == null ? null : kind.name(); }

    public void setKind(String value) {
        kind = java.util.Arrays.stream(PathwayAlerts.Kind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }

    public LocalDate getToday() { return today; }
    public List<PathwayAlerts.Alert> getAlerts() { return alerts; }
}
