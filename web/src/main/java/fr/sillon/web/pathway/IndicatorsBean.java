package fr.sillon.web.pathway;

import fr.sillon.web.infra.Ui;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.PathwayIndicators;
import fr.sillon.ejb.pathway.PathwayReports;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** /coordinator/indicators.xhtml: the figures of a period, and their CSV/XLSX export. */
@Named
@ViewScoped
public class IndicatorsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PathwayReports reports;

    private LocalDate from = LocalDate.now().withDayOfYear(1);
    private LocalDate to = LocalDate.now();
    private PathwayIndicators indicators;

    public void compute() {
        Ui.run(() -> indicators = reports.indicators(from, to));
    }

    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name("indicateurs-" + from + "-" + to + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(reports.indicatorsCsv(from, to))).build();
    }

    public StreamedContent getXlsx() {
        return DefaultStreamedContent.builder().name("indicateurs-" + from + "-" + to + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(reports.indicatorsXlsx(from, to))).build();
    }

    public ExitCategory[] getCategories() { return ExitCategory.values(); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public PathwayIndicators getIndicators() { return indicators; }
}
