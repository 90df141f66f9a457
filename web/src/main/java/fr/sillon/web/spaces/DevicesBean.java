package fr.sillon.web.spaces;

import fr.sillon.ejb.access.ApiTokenService;
import fr.sillon.ejb.access.ApiTokenService.TokenRow;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Coordinator's « Appareils connectés »: the API tokens of the structure's accounts, each revocable. */
@Named
@ViewScoped
public class DevicesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService service;
    private List<TokenRow> rows;

    @PostConstruct
    void init() {
        rows = service.ofStructure();
    }

    public void revoke(TokenRow row) {
        if (Ui.attempt(() -> service.revokeInStructure(row.id()))) {
            Ui.info("spaces.devices.revoked", row.device(), row.displayName());
            init();
        }
    }

    public List<TokenRow> getRows() { return rows; }
}
