package fr.sillon.web.security;

import fr.sillon.domain.access.Totp;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.access.TotpService;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Double authentification » (/account/totp.xhtml): enrol with a QR code, recovery codes, the structure's setting. */
@Named
@ViewScoped
public class TotpBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TotpService totp;
    @Inject
    CurrentCaller currentCaller;

    private TotpService.Status status;
    private String secret;
    private String code;
    private List<String> recoveryCodes;
    private boolean structureRequires;
    private boolean coordinator;

    @PostConstruct
    void init() {
        status = totp.status();
        coordinator = currentCaller.get().role() == fr.sillon.domain.access.Role.COORDINATOR;
        if (coordinator) {
            structureRequires = totp.structureRequires();
        }
    }

    public void start() {
        secret = Totp.newSecret();
        code = null;
    }

    public void confirm() {
        List<String> codes = Ui.attempt(() -> totp.enable(secret, code));
        if (codes != null) {
            recoveryCodes = codes;
            secret = null;
            code = null;
            status = totp.status();
            Ui.info("totp.enabled");
        }
    }

    public void renew() {
        List<String> codes = Ui.attempt(() -> totp.renewRecoveryCodes(code));
        if (codes != null) {
            recoveryCodes = codes;
            code = null;
            status = totp.status();
        }
    }

    public void disable() {
        if (Ui.attempt(() -> totp.disable(code))) {
            code = null;
            recoveryCodes = null;
            status = totp.status();
            Ui.info("totp.disabled");
        }
    }

    public void saveStructure() {
        if (Ui.attempt(() -> totp.setStructureRequires(structureRequires))) {
            Ui.info("totp.structureSaved");
        }
    }

    /** The QR code to scan (SVG), for the secret being enrolled. */
    public String getQrSvg() {
        return secret == null ? "" : totp.qrSvg(Totp.otpauthUri("Sillon", currentCaller.get().login(), secret));
    }

    /** The secret in groups of four, easier to type. */
    public String getSecretGrouped() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public TotpService.Status getStatus() { return status; }
    public String getSecret() { return secret; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public boolean isStructureRequires() { return structureRequires; }
    public void setStructureRequires(boolean v) { structureRequires = v; }
    public boolean isCoordinator() { return coordinator; }
}
