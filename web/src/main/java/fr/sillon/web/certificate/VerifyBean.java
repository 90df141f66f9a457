package fr.sillon.web.certificate;

import fr.sillon.web.infra.Ui;
import fr.sillon.domain.certificate.CertificateSnapshot;
import fr.sillon.domain.certificate.CertificateStatus;
import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.certificate.CertificateVerifier;
import fr.sillon.ejb.certificate.CertificateViews.PublicVerification;
import fr.sillon.ejb.certificate.CertificateViews.UploadCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.primefaces.model.file.UploadedFile;

/**
 * Public verification page ({@code /verify/{number}}): says whether a certificate is valid, revoked or replaced and
 * what it states (no other personal data); an unknown number answers 404 with a French explanation. Also checks an
 * uploaded PDF. Request-scoped: nothing is kept between requests of an anonymous visitor.
 */
@Named
@RequestScoped
public class VerifyBean {
    @Inject
    CertificateService service;

    private String number;
    private String code;
    private boolean searched;
    private PublicVerification result;
    private UploadedFile file;
    private UploadCheck check;

    /** View action: looks the number up; unknown → HTTP 404 with the page's French message. */
    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        if (code == null || code.isBlank()) {
            return; // the page asks for the code, and says nothing else: the same whether the number exists or not
        }
        searched = true;
        result = service.verify(number, code).orElse(null);
        if (result == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Search form: goes to the short address of the number and code typed. */
    public String search() {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        String c = code == null ? "" : code.strip();
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/verify/"
                            + java.net.URLEncoder.encode(n, java.nio.charset.StandardCharsets.UTF_8)
                            + (c.isEmpty() ? "" : "/" + java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Ui.error(Ui.text("certificate.verify.upload.empty"));
            return;
        }
        if (file.getSize() > CertificateService.MAX_UPLOAD) {
            Ui.error(Ui.text("certificate.verify.upload.tooBig"));
            return;
        }
        check = Ui.attempt(() -> service.verifyUpload(file.getContent()));
    }

    public String statusClass() {
        return result == null ? "" : "certificate-status certificate-" + result.status().name().toLowerCase();
    }

    public boolean isValid() {
        return result != null && result.status() == CertificateStatus.VALID;
    }

    public String getUploadVerdict() {
        if (check == null) {
            return null;
        }
        if (check.authentic()) {
            return Ui.text("certificate.verify.upload.authentic", check.certificate().number());
        }
        CertificateVerifier.Outcome o = check.outcome();
        return switch (o) {
            case AUTHENTIC -> Ui.text("certificate.verify.upload.unregistered");
            case ALTERED -> Ui.text("certificate.verify.upload.altered");
            case UNKNOWN_SIGNER -> Ui.text("certificate.verify.upload.unknownSigner");
            case NOT_SIGNED -> Ui.text("certificate.verify.upload.notSigned");
        };
    }

    public CertificateSnapshot getContent() {
        return result == null ? null : result.content();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    /** A number was given without its code: the page asks for the code. */
    public boolean isCodeNeeded() { return number != null && !number.isBlank() && (code == null || code.isBlank()); }
    public boolean isSearched() { return searched; }
    public PublicVerification getResult() { return result; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public UploadCheck getCheck() { return check; }
}
