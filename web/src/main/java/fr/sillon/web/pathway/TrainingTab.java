package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.CleaResult;
import fr.sillon.domain.pathway.TrainingKind;
import fr.sillon.ejb.pathway.PathwayViews.TrainingRequest;
import fr.sillon.ejb.pathway.PathwayViews.TrainingView;
import fr.sillon.ejb.pathway.TrainingService;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The trainings tab of a pathway: SST, CléA (with a result per domain) and others. */
@Named
@ViewScoped
public class TrainingTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TrainingService service;
    @Inject
    PathwayPage page;

    private List<TrainingView> trainings;
    private TrainingKind kind = TrainingKind.SST_INITIAL;
    private String title;
    private String organisation;
    private LocalDate start;
    private LocalDate end;
    private BigDecimal hours;
    private LocalDate certificateDate;
    private String certificateRef;
    private final Map<Integer, CleaResult> cleaResults = new TreeMap<>();

    public List<TrainingView> getTrainings() {
        if (trainings == null) {
            trainings = service.trainings(page.getId());
        }
        return trainings;
    }

    public void addTraining() {
        Map<Integer, CleaResult> results = kind.isClea() ? new TreeMap<>(cleaResults) : Map.of();
        results.values().removeIf(Objects::isNull);
        TrainingRequest r = new TrainingRequest(kind, title, organisation, start, end, hours, certificateDate,
                certificateRef, results);
        if (Ui.run(() -> service.addTraining(page.getId(), r))) {
            Ui.info("pathway.training.saved");
            title = organisation = certificateRef = null;
            start = end = certificateDate = null;
            hours = null;
            cleaResults.clear();
            trainings = null;
            page.changed();
        }
    }

    public TrainingKind[] getKinds() { return TrainingKind.values(); }
    public CleaResult[] getCleaResultChoices() { return CleaResult.values(); }
    public List<Integer> getCleaDomains() { return List.of(1, 2, 3, 4, 5, 6, 7); }

    public TrainingKind getKind() { return kind; }
    public void setKind(TrainingKind v) { this.kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { this.organisation = v; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate v) { this.start = v; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate v) { this.end = v; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal v) { this.hours = v; }
    public LocalDate getCertificateDate() { return certificateDate; }
    public void setCertificateDate(LocalDate v) { this.certificateDate = v; }
    public String getCertificateRef() { return certificateRef; }
    public void setCertificateRef(String v) { this.certificateRef = v; }
    public Map<Integer, CleaResult> getCleaResults() { return cleaResults; }
}
