package fr.sillon.web.funding;

import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.AppointmentKind;
import fr.sillon.domain.funding.AppointmentOutcome;
import fr.sillon.ejb.funding.FundingViews.AppointmentRow;
import fr.sillon.ejb.funding.FundingViews.RsaFile;
import fr.sillon.ejb.funding.FundingViews.RsaRow;
import fr.sillon.ejb.funding.RsaService;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * /coordinator/rsa.xhtml: the RSA beneficiaries of the year, one person's follow-up (months against the 15 h,
 * appointments, referent check-ins) and the Département's sheet of that person.
 */
@Named
@ViewScoped
public class RsaBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RsaService service;

    private int year = LocalDate.now().getYear();
    private boolean sensitive;
    private List<RsaRow> rows = List.of();
    private Long selected;
    private RsaFile file;
    private LocalDate appointmentDay = LocalDate.now();
    private AppointmentKind appointmentKind = AppointmentKind.RSA_REFERENT;
    private final Map<Long, AppointmentOutcome> outcomes = new HashMap<>();
    private final Map<Long, AbsenceReason> reasons = new HashMap<>();
    private LocalDate checkInDay = LocalDate.now();
    private String checkInReferent;
    private String checkInNote;
    private boolean checkInShareable;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        List<RsaRow> loaded = Ui.attempt(() -> service.beneficiaries(year));
        rows = loaded == null ? List.of() : loaded;
        if (selected == null || rows.stream().noneMatch(r -> r.pathwayId() == selected)) {
            selected = rows.isEmpty() ? null : rows.get(0).pathwayId();
        }
        loadFile();
    }

    private void loadFile() {
        file = selected == null ? null : Ui.attempt(() -> service.person(selected, year));
        outcomes.clear();
        reasons.clear();
        if (file != null) {
            for (AppointmentRow a : file.appointments()) {
                outcomes.put(a.id(), a.outcome());
                reasons.put(a.id(), a.missedReason());
            }
        }
    }

    public void select(RsaRow row) {
        selected = row.pathwayId();
        loadFile();
    }

    public void addAppointment() {
        if (selected != null && Ui.run(() -> service.addAppointment(selected, appointmentDay, appointmentKind))) {
            Ui.info("funding.rsa.appointmentSaved");
            load();
        }
    }

    public void settle(AppointmentRow a) {
        AppointmentOutcome o = outcomes.get(a.id());
        AbsenceReason r = o == AppointmentOutcome.MISSED ? reasons.get(a.id()) : null;
        if (Ui.run(() -> service.settleAppointment(a.id(), o, r))) {
            Ui.info("funding.rsa.appointmentSaved");
            load();
        }
    }

    public void addCheckIn() {
        if (selected != null && Ui.run(() -> service.addCheckIn(selected, checkInDay, checkInReferent, checkInNote,
                checkInShareable))) {
            Ui.info("funding.rsa.checkInSaved");
            checkInNote = null;
            checkInShareable = false;
            load();
        }
    }

    public StreamedContent sheet(RsaRow row) {
        long id = row.pathwayId();
        int y = year;
        boolean s = sensitive;
        return Downloads.of("fiche-rsa-" + y + "-" + id + ".pdf", Downloads.PDF,
                () -> service.departmentSheetPdf(id, y, s));
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return List.of(now, now - 1, now - 2);
    }
    public AppointmentKind[] getKinds() { return AppointmentKind.values(); }
    public AppointmentOutcome[] getOutcomeChoices() { return AppointmentOutcome.values(); }
    public AbsenceReason[] getReasonChoices() { return AbsenceReason.values(); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public List<RsaRow> getRows() { return rows; }
    public Long getSelected() { return selected; }
    public RsaFile getFile() { return file; }
    public LocalDate getAppointmentDay() { return appointmentDay; }
    public void setAppointmentDay(LocalDate d) { this.appointmentDay = d; }
    public AppointmentKind getAppointmentKind() { return appointmentKind; }
    public void setAppointmentKind(AppointmentKind k) { this.appointmentKind = k; }
    public Map<Long, AppointmentOutcome> getOutcomes() { return outcomes; }
    public Map<Long, AbsenceReason> getReasons() { return reasons; }
    public LocalDate getCheckInDay() { return checkInDay; }
    public void setCheckInDay(LocalDate d) { this.checkInDay = d; }
    public String getCheckInReferent() { return checkInReferent; }
    public void setCheckInReferent(String s) { this.checkInReferent = s; }
    public String getCheckInNote() { return checkInNote; }
    public void setCheckInNote(String s) { this.checkInNote = s; }
    public boolean isCheckInShareable() { return checkInShareable; }
    public void setCheckInShareable(boolean b) { this.checkInShareable = b; }
}
