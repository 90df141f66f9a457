package fr.sillon.web.funding;

import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.FteRules;
import fr.sillon.ejb.funding.HoursService;
import fr.sillon.ejb.funding.HoursService.HoursRow;
import fr.sillon.ejb.funding.HoursService.ImportReport;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/** /coordinator/hours.xhtml: hours and absences of a month (entry, CSV import) and the FTE of the year. */
@Named
@ViewScoped
public class HoursBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    HoursService service;
    @Inject
    fr.sillon.ejb.funding.ParticipantExports exports;

    /** A row being edited. */
    public static class Editable implements Serializable {
        private static final long serialVersionUID = 1L;
        private final HoursRow row;
        private BigDecimal worked;
        private final Map<AbsenceReason, BigDecimal> absences = new EnumMap<>(AbsenceReason.class);

        Editable(HoursRow row) {
            this.row = row;
            this.worked = row.workedHours();
            for (AbsenceReason r : AbsenceReason.values()) {
                BigDecimal a = row.absences().get(r);
                absences.put(r, a == null || a.signum() == 0 ? null : a);
            }
        }

        public HoursRow getRow() { return row; }
        public BigDecimal getWorked() { return worked; }
        public void setWorked(BigDecimal worked) { this.worked = worked; }
        public Map<AbsenceReason, BigDecimal> getAbsences() { return absences; }
    }

    private String month = YearMonth.now().minusMonths(1).toString();
    private int year = LocalDate.now().getYear();
    private List<Editable> rows = new ArrayList<>();
    private FteRules.Year fte;
    private transient UploadedFile upload;
    private ImportReport report;

    @PostConstruct
    void init() {
        load();
        computeFte();
    }

    public void load() {
        YearMonth m = parsed();
        if (m == null) {
            Ui.error(fr.sillon.domain.DomainException.format("funding.hours.month"));
            rows = new ArrayList<>();
            return;
        }
        List<HoursRow> loaded = Ui.attempt(() -> service.month(m));
        rows = new ArrayList<>();
        if (loaded != null) {
            loaded.forEach(r -> rows.add(new Editable(r)));
        }
    }

    private YearMonth parsed() {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public void save(Editable e) {
        YearMonth m = parsed();
        if (m != null && Ui.run(() -> service.record(e.getRow().pathwayId(), m, e.getWorked(), e.getAbsences()))) {
            Ui.info("funding.hours.saved", e.getRow().name());
            load();
            computeFte();
        }
    }

    public void importFile() {
        if (upload == null || upload.getContent() == null || upload.getContent().length == 0) {
            Ui.error(Ui.text("import.noFile"));
            return;
        }
        report = Ui.attempt(() -> service.importCsv(upload.getContent()));
        if (report != null && report.ok()) {
            Ui.info("funding.hours.imported", report.imported());
            load();
            computeFte();
        } else if (report != null) {
            Ui.error(fr.sillon.domain.DomainException.format("funding.import.rejected", report.errors().size()));
        }
    }

    public org.primefaces.model.StreamedContent sheet(Editable e) {
        int y = parsed() == null ? year : parsed().getYear();
        return Downloads.of("fiche-asp-" + y + "-" + e.getRow().pathwayId() + ".pdf", Downloads.PDF,
                () -> exports.aspSheetPdf(e.getRow().pathwayId(), y, false));
    }

    public void computeFte() {
        fte = Ui.attempt(() -> service.fte(year));
    }

    public String getTemplate() { return String.join(";", HoursService.COLUMNS); }
    public AbsenceReason[] getReasons() { return AbsenceReason.values(); }
    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return List.of(now, now - 1, now - 2);
    }
    public List<String> getErrors() { return report == null ? List.of() : report.errors(); }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Editable> getRows() { return rows; }
    public FteRules.Year getFte() { return fte; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
