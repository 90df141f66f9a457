package fr.sillon.web.funding;

import fr.sillon.domain.funding.Disability;
import fr.sillon.domain.funding.FseExitSituation;
import fr.sillon.domain.funding.Household;
import fr.sillon.domain.funding.LabourStatus;
import fr.sillon.ejb.funding.FseService;
import fr.sillon.ejb.funding.FundingViews.FseRow;
import fr.sillon.ejb.funding.ParticipantExports;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * /coordinator/fse.xhtml: the FSE+ completeness grid of the year, one participant's entry questionnaire and exit
 * situation, and the participants' CSV for Ma Démarche FSE+.
 */
@Named
@ViewScoped
public class FseBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FseService service;
    @Inject
    ParticipantExports exports;

    private int year = LocalDate.now().getYear();
    private boolean sensitive;
    private List<FseRow> rows = List.of();
    private FseRow selected;
    private LabourStatus labour;
    private Household household;
    private Disability disability;
    private FseExitSituation exitSituation;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        List<FseRow> loaded = Ui.attempt(() -> service.grid(year));
        rows = loaded == null ? List.of() : loaded;
        long keep = selected == null ? -1 : selected.pathwayId();
        FseRow again = rows.stream().filter(r -> r.pathwayId() == keep).findFirst()
                .orElse(rows.stream().filter(r -> r.completeness() < 100).findFirst().orElse(rows.isEmpty() ? null : rows.get(0)));
        edit(again);
    }

    public void edit(FseRow row) {
        selected = row;
        labour = row == null ? null : row.labour();
        household = row == null ? null : row.household();
        disability = row == null ? null : row.disability();
        exitSituation = row == null ? null : row.exitSituation();
    }

    public void saveEntry() {
        if (selected != null && Ui.run(() -> service.answerEntry(selected.pathwayId(), labour, household, disability))) {
            Ui.info("funding.fse.saved", selected.name());
            load();
        }
    }

    public void saveExit() {
        if (selected != null && Ui.run(() -> service.answerExit(selected.pathwayId(), exitSituation))) {
            Ui.info("funding.fse.saved", selected.name());
            load();
        }
    }

    public StreamedContent getCsv() {
        int y = year;
        boolean s = sensitive;
        return Downloads.of("participants-fse-" + y + ".csv", Downloads.CSV, () -> exports.fseCsv(y, s));
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return List.of(now, now - 1, now - 2);
    }
    public LabourStatus[] getLabourChoices() { return LabourStatus.values(); }
    public Household[] getHouseholdChoices() { return Household.values(); }
    public Disability[] getDisabilityChoices() { return Disability.values(); }
    public FseExitSituation[] getExitChoices() { return FseExitSituation.values(); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public List<FseRow> getRows() { return rows; }
    public FseRow getSelected() { return selected; }
    public LabourStatus getLabour() { return labour; }
    public void setLabour(LabourStatus l) { this.labour = l; }
    public Household getHousehold() { return household; }
    public void setHousehold(Household h) { this.household = h; }
    public Disability getDisability() { return disability; }
    public void setDisability(Disability d) { this.disability = d; }
    public FseExitSituation getExitSituation() { return exitSituation; }
    public void setExitSituation(FseExitSituation e) { this.exitSituation = e; }
}
