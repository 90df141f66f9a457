package fr.sillon.web.pathway;

import fr.sillon.ejb.pathway.PathwayViews.ReferentView;
import fr.sillon.ejb.pathway.PathwayViews.StaffMember;
import fr.sillon.ejb.pathway.ReferentAssignmentService;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The partner referents of a pathway (on the identity tab): who follows it, with which consent. */
@Named
@ViewScoped
public class ReferentTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReferentAssignmentService service;
    @Inject
    PathwayPage page;

    private List<ReferentView> referents;
    private List<StaffMember> accounts;
    private Long referentId;
    private LocalDate consentDate = LocalDate.now();
    private boolean barriersConsent;

    public List<ReferentView> getReferents() {
        if (referents == null) {
            referents = service.referents(page.getId());
        }
        return referents;
    }

    /** The referent accounts to choose from, read once per view. */
    public List<StaffMember> getAccounts() {
        if (accounts == null) {
            accounts = service.referentAccounts();
        }
        return accounts;
    }

    public void assignReferent() {
        if (referentId != null && Ui.run(() -> service.assignReferent(page.getId(), referentId, consentDate,
                barriersConsent))) {
            Ui.info("pathway.referent.saved");
            changed();
        }
    }

    public void removeReferent(long assignmentId) {
        if (Ui.run(() -> service.removeReferent(assignmentId))) {
            changed();
        }
    }

    private void changed() {
        referents = null;
        page.changed();
    }

    public Long getReferentId() { return referentId; }
    public void setReferentId(Long v) { this.referentId = v; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate v) { this.consentDate = v; }
    public boolean isBarriersConsent() { return barriersConsent; }
    public void setBarriersConsent(boolean v) { this.barriersConsent = v; }
}
