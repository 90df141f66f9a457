package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.PathwayAlerts;
import fr.sillon.domain.pathway.PathwayIndicators;
import fr.sillon.ejb.assessment.ValidationService;
import fr.sillon.ejb.pathway.PathwayReports;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * /coordinator/index.xhtml: the structure at a glance, from the existing reads (the day's alerts, the indicators of
 * the year, the validation queue): each figure links to its list, two charts draw them.
 */
@Named
@RequestScoped
public class CoordinatorHomeBean {
    /** One figure of the home: its label, its number, the list it opens. */
    public record Figure(String id, String label, long count, String link) {
    }

    @Inject
    PathwayReports reports;
    @Inject
    ValidationService validations;

    private final LocalDate today = LocalDate.now();
    private PathwayIndicators year;
    private long inPathway;
    private final Map<PathwayAlerts.Kind, Long> alerts = new EnumMap<>(PathwayAlerts.Kind.class);
    private long toValidate;

    @PostConstruct
    void init() {
        for (PathwayAlerts.Alert a : reports.alerts(today)) {
            alerts.merge(a.kind(), 1L, Long::sum);
        }
        year = reports.indicators(today.withDayOfYear(1), today);
        inPathway = reports.indicators(today, today).peopleEmployed();
        toValidate = validations.countProposals(null);
    }

    private long alerts(PathwayAlerts.Kind kind) {
        return alerts.getOrDefault(kind, 0L);
    }

    public List<Figure> getFigures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("inPathway", Ui.text("home15.inPathway"), inPathway, "/coordinator/participants.xhtml"));
        for (PathwayAlerts.Kind kind : List.of(PathwayAlerts.Kind.CONTRACT_ENDING_30, PathwayAlerts.Kind.CONTRACT_ENDING_60,
                PathwayAlerts.Kind.NO_RECENT_INTERVIEW, PathwayAlerts.Kind.SST_EXPIRING)) {
            figures.add(new Figure(kind.name(), Ui.text("home15.alert." + kind.name()), alerts(kind),
                    "/coordinator/dashboard.xhtml?kind=" + kind.name()));
        }
        figures.add(new Figure("toValidate", Ui.text("home15.toValidate"), toValidate, "/supervisor/validations.xhtml"));
        figures.add(new Figure("exits", Ui.text("home15.exits"), year.countedExits(), "/coordinator/indicators.xhtml"));
        return figures;
    }

    public PathwayIndicators getYear() { return year; }
    public LocalDate getToday() { return today; }

    /** The rate of sorties dynamiques of the year, « 66,7 % », or « — » without any exit. */
    public String getDynamicRate() {
        BigDecimal rate = year.dynamicRate();
        return rate == null ? "—" : rate.toPlainString().replace('.', ',') + " %";
    }

    /** Chart.js configuration (p:chart): the figures that call for an action, as bars. */
    public String getAlertsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Figure f : getFigures().subList(1, 6)) {
            labels.add(f.label());
            data.add(f.count());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Ui.text("home15.chart.people")).add("data", data)
                                .add("backgroundColor", "#2f6b2f"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0).add("color", "#1f2421")))
                                .add("y", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("color", "#1f2421")))))
                .build().toString();
    }

    /** Chart.js configuration: the exits of the year by category (doughnut). */
    public String getExitsChart() {
        String[] colours = {"#1f4d1f", "#4f8a3a", "#b07d1a", "#8a5a3c", "#7a7a7a"};
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder background = Json.createArrayBuilder();
        for (ExitCategory c : ExitCategory.values()) {
            labels.add(fr.sillon.web.infra.PageLabels.label(c));
            data.add(year.exitsByCategory().get(c));
            background.add(colours[c.ordinal() % colours.length]);
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", data).add("backgroundColor", background))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("position", "bottom").add("labels", Json.createObjectBuilder().add("color", "#1f2421")))))
                .build().toString();
    }

    public ExitCategory[] getExitCategories() {
        return ExitCategory.values();
    }

    public boolean isAnyExit() {
        return year.exitsByCategory().values().stream().anyMatch(n -> n > 0);
    }
}
