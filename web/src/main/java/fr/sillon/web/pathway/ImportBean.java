package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.ParticipantImportRow;
import fr.sillon.ejb.pathway.ParticipantImportService;
import fr.sillon.ejb.pathway.ParticipantImportService.ImportReport;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Coordinator's « Importer des participants » (CSV): check the whole file, then import all of it or nothing. */
@Named
@ViewScoped
public class ImportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantImportService service;
    private transient UploadedFile upload;
    private ImportReport report;

    public void importFile() {
        if (upload == null || upload.getContent() == null || upload.getContent().length == 0) {
            Ui.error(Ui.text("import.noFile"));
            return;
        }
        report = Ui.attempt(() -> service.importCsv(upload.getContent()));
        if (report != null && report.ok()) {
            Ui.info("import.done", report.imported());
        } else if (report != null) {
            Ui.error(fr.sillon.domain.DomainException.format("pathway.import.rejected", report.errors().size()));
        }
    }

    public String getTemplate() {
        return String.join(";", ParticipantImportRow.COLUMNS);
    }

    public List<String> getErrors() { return report == null ? List.of() : report.errors(); }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
