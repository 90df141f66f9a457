package fr.sillon.web.certificate;

import fr.sillon.web.infra.Ui;
import fr.sillon.domain.certificate.CertificateSnapshot;
import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.certificate.CertificateViews.BatchProgress;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import fr.sillon.ejb.certificate.CertificateViews.Download;
import fr.sillon.ejb.certificate.CertificateViews.IssuablePathway;
import fr.sillon.ejb.shared.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Coordinator's « Attestations » screen: choose a pathway, preview what the certificate will state, issue it; list
 * the structure's certificates (paged), download, revoke or re-issue with a reason; start a batch for the exits of a
 * period and follow its progress.
 */
@Named
@ViewScoped
public class CertificatesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService service;

    private String pathwaySearch;
    private String certificateSearch;
    private Long pathwayId;
    private CertificateSnapshot preview;
    private Long actionId;
    private String actionNumber;
    private String reason;
    private LocalDate batchFrom = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    private LocalDate batchTo = LocalDate.now();
    private BatchProgress batch;

    private final LazyDataModel<IssuablePathway> pathways = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.issuablePathways(pathwaySearch, 0, 1).total();
        }

        @Override
        public List<IssuablePathway> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            Page<IssuablePathway> page = service.issuablePathways(pathwaySearch, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(IssuablePathway row) {
            return String.valueOf(row.pathwayId());
        }
    };

    private final LazyDataModel<CertificateRow> certificates = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.list(certificateSearch, 0, 1).total();
        }

        @Override
        public List<CertificateRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            Page<CertificateRow> page = service.list(certificateSearch, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(CertificateRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void init() {
        pathways.setPageSize(10);
        certificates.setPageSize(20);
    }

    public void preview(long id) {
        pathwayId = id;
        preview = Ui.attempt(() -> service.previewSnapshot(id));
    }

    public StreamedContent getPreviewPdf() {
        Long id = pathwayId;
        return DefaultStreamedContent.builder().name("apercu-attestation.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(service.previewPdf(id))).build();
    }

    public void issue() {
        if (pathwayId == null) {
            Ui.error(Ui.text("certificate.issue.noPathway")); // a click that did nothing says so
            return;
        }
        CertificateRow row = Ui.attempt(() -> service.issue(pathwayId));
        if (row != null) {
            Ui.info("certificate.issued", row.number(), row.participantName());
            preview = null;
            pathwayId = null;
        }
    }

    public void chooseAction(CertificateRow row) {
        actionId = row.id();
        actionNumber = row.number();
        reason = null;
    }

    public void revoke() {
        CertificateRow row = Ui.attempt(() -> service.revoke(actionId, reason));
        if (row != null) {
            Ui.info("certificate.revoked", row.number());
        }
    }

    public void reissue() {
        CertificateRow row = Ui.attempt(() -> service.reissue(actionId, reason));
        if (row != null) {
            Ui.info("certificate.reissued", actionNumber, row.number());
        }
    }

    public StreamedContent download(CertificateRow row) {
        long id = row.id();
        return DefaultStreamedContent.builder().name("attestation-" + row.number() + ".pdf")
                .contentType("application/pdf").stream(() -> {
                    Download d = service.download(id);
                    return new ByteArrayInputStream(d.pdf());
                }).build();
    }

    public void startBatch() {
        BatchProgress started = Ui.attempt(() -> service.startBatch(batchFrom, batchTo));
        if (started != null) {
            batch = started;
            Ui.info("certificate.batch.started");
        }
    }

    /** Polled by the progress bar. */
    public Integer getBatchPercent() {
        if (batch == null) {
            return 0;
        }
        if (!batch.finished()) {
            batch = service.batch(batch.id());
        }
        // a failed batch ends the polling too
        return batch.finished() ? 100 : batch.percent();
    }

    public void batchComplete() {
        if (batch != null) {
            batch = service.batch(batch.id());
            Ui.info("certificate.batch.done", batch.issued(), batch.skipped(), batch.failed());
        }
    }

    public String getPathwaySearch() { return pathwaySearch; }
    public void setPathwaySearch(String s) { this.pathwaySearch = s; }
    public String getCertificateSearch() { return certificateSearch; }
    public void setCertificateSearch(String s) { this.certificateSearch = s; }
    public LazyDataModel<IssuablePathway> getPathways() { return pathways; }
    public LazyDataModel<CertificateRow> getCertificates() { return certificates; }
    public CertificateSnapshot getPreview() { return preview; }
    public Long getPathwayId() { return pathwayId; }
    public String getActionNumber() { return actionNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getBatchFrom() { return batchFrom; }
    public void setBatchFrom(LocalDate d) { this.batchFrom = d; }
    public LocalDate getBatchTo() { return batchTo; }
    public void setBatchTo(LocalDate d) { this.batchTo = d; }
    public BatchProgress getBatch() { return batch; }
}
