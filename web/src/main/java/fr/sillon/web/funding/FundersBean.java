package fr.sillon.web.funding;

import fr.sillon.domain.funding.AccompanimentDeclaration;
import fr.sillon.ejb.funding.FundingReports;
import fr.sillon.ejb.funding.FundingViews.Bilan;
import fr.sillon.ejb.funding.FundingViews.SupportRow;
import fr.sillon.ejb.funding.FundingViews.TrainingRow;
import fr.sillon.ejb.funding.TrainingAspService;
import fr.sillon.domain.funding.AspTrainingObjective;
import fr.sillon.domain.funding.AspTrainingType;
import java.util.HashMap;
import java.util.Map;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** /coordinator/funders.xhtml: the bilan of the dialogue de gestion and the ASP's déclaration d'accompagnement. */
@Named
@ViewScoped
public class FundersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FundingReports reports;
    @Inject
    fr.sillon.ejb.funding.ParticipantExports exports;
    @Inject
    TrainingAspService trainingAsp;

    private int year = LocalDate.now().getYear();
    private boolean sensitive;
    private Bilan bilan;
    private List<AccompanimentDeclaration.Line> declaration;
    private List<SupportRow> supports;
    private List<TrainingRow> trainings;
    private final Map<Long, AspTrainingObjective> objectives = new HashMap<>();
    private final Map<Long, AspTrainingType> types = new HashMap<>();

    public void show() {
        bilan = Ui.attempt(() -> reports.bilan(year, sensitive));
        declaration = Ui.attempt(() -> reports.declaration(year));
    }

    public void loadSupports() {
        supports = Ui.attempt(() -> reports.supports(year));
    }

    public void setSupport(SupportRow row, boolean inside, boolean outside) {
        if (Ui.run(() -> reports.setSupport(row.barrierId(), inside, outside))) {
            loadSupports();
            declaration = Ui.attempt(() -> reports.declaration(year));
        }
    }

    public StreamedContent getBilanPdf() {
        return Downloads.of("bilan-" + year + ".pdf", Downloads.PDF, () -> reports.bilanPdf(year, sensitive));
    }

    public StreamedContent getBilanXlsx() {
        return Downloads.of("bilan-" + year + ".xlsx", Downloads.XLSX, () -> reports.bilanXlsx(year, sensitive));
    }

    public StreamedContent getDeclarationCsv() {
        return Downloads.of("declaration-accompagnement-" + year + ".csv", Downloads.CSV,
                () -> reports.declarationCsv(year, sensitive));
    }

    public StreamedContent getAspMonthlyCsv() {
        java.time.YearMonth month = java.time.YearMonth.now().minusMonths(1);
        return Downloads.of("etat-mensuel-" + month + ".csv", Downloads.CSV, () -> exports.aspMonthlyCsv(month));
    }

    public StreamedContent getFichesCsv() {
        return Downloads.of("fiches-salarie-" + year + ".csv", Downloads.CSV, () -> exports.fichesSalarieCsv(year, sensitive));
    }

    public StreamedContent getFseCsv() {
        return Downloads.of("participants-fse-" + year + ".csv", Downloads.CSV, () -> exports.fseCsv(year, sensitive));
    }

    public StreamedContent getRsaCsv() {
        return Downloads.of("suivi-rsa-" + year + ".csv", Downloads.CSV, () -> exports.rsaCsv(year, sensitive));
    }

    public void loadTrainings() {
        trainings = Ui.attempt(() -> trainingAsp.trainings(year));
        objectives.clear();
        types.clear();
        if (trainings != null) {
            for (TrainingRow t : trainings) {
                objectives.put(t.trainingId(), t.objective());
                types.put(t.trainingId(), t.type());
            }
        }
    }

    public void saveTraining(TrainingRow t) {
        if (Ui.run(() -> trainingAsp.setAsp(t.trainingId(), objectives.get(t.trainingId()), types.get(t.trainingId())))) {
            Ui.info("funding.training.saved", t.title());
            loadTrainings();
        }
    }

    public AspTrainingObjective[] getObjectiveChoices() { return AspTrainingObjective.values(); }
    public AspTrainingType[] getTypeChoices() { return AspTrainingType.values(); }
    public List<TrainingRow> getTrainings() { return trainings; }
    public Map<Long, AspTrainingObjective> getObjectives() { return objectives; }
    public Map<Long, AspTrainingType> getTypes() { return types; }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return List.of(now, now - 1, now - 2);
    }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public Bilan getBilan() { return bilan; }
    public List<AccompanimentDeclaration.Line> getDeclaration() { return declaration; }
    public List<SupportRow> getSupports() { return supports; }
}
