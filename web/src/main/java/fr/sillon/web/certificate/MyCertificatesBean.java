package fr.sillon.web.certificate;

import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** « Mes attestations » (participant) and « Attestations des parcours suivis » (referent): list and download. */
@Named
@ViewScoped
public class MyCertificatesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService service;
    private List<CertificateRow> rows;

    @PostConstruct
    void init() {
        rows = service.mine();
    }

    public StreamedContent download(CertificateRow row) {
        long id = row.id();
        return DefaultStreamedContent.builder().name("attestation-" + row.number() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(service.download(id).pdf())).build();
    }

    public List<CertificateRow> getRows() {
        return rows;
    }
}
