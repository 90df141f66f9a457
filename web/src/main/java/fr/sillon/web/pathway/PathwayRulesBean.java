package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.SuspensionReason;
import fr.sillon.ejb.pathway.ContractService;
import fr.sillon.ejb.pathway.PathwayViews.ContractView;
import fr.sillon.ejb.pathway.SuspensionService;
import fr.sillon.ejb.pathway.SuspensionService.DerogationView;
import fr.sillon.ejb.pathway.SuspensionService.ParcoursView;
import fr.sillon.ejb.pathway.SuspensionService.SuspensionView;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The « Suspensions et dérogations » tab of the pathway page (issue 13): the parcours across stays with its 24-month
 * end and PASS IAE end pushed back by suspensions (R5132-1-3), the suspensions of the contracts, the préfet's
 * derogations below 20 h (D5132-43-5). A refused action shows the French reason with its article.
 */
@Named
@ViewScoped
public class PathwayRulesBean implements Serializable {
    @Inject
    SuspensionService service;
    @Inject
    ContractService pathways;
    @Inject
    fr.sillon.ejb.pathway.ParticipantService participants;

    private Long id;
    private ParcoursView parcours;
    private List<SuspensionView> suspensions = List.of();
    private List<DerogationView> derogations = List.of();
    private List<ContractView> contracts = List.of();

    private Long suspendedContractId;
    private LocalDate suspensionStart;
    private LocalDate suspensionEnd;
    private SuspensionReason suspensionReason;
    private String suspensionNote;

    private String derogationReference;
    private LocalDate derogationStart;
    private LocalDate derogationEnd;
    private Long prolongedDerogationId;
    private LocalDate prolongUntil;
    private LocalDate bilanOn;
    private String bilan;
    private String actionsToFinish;
    private LocalDate reopenEntry = LocalDate.now();
    private String newParcoursPrescriber;
    private LocalDate newParcoursDecidedOn;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null ? null : Long.valueOf(param);
        } catch (NumberFormatException e) {
            id = null;
        }
        reload();
    }

    private void reload() {
        if (id == null) {
            return;
        }
        Ui.attempt(() -> {
            parcours = service.parcours(id);
            suspensions = service.suspensions(id);
            derogations = service.derogations(id);
            contracts = pathways.contracts(id);
        });
    }

    public void suspend() {
        if (suspendedContractId == null) {
            Ui.error(fr.sillon.domain.DomainException.format("pathway.suspension.contractRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (Ui.run(() -> service.suspend(suspendedContractId, suspensionStart, suspensionEnd, suspensionReason,
                suspensionNote))) {
            Ui.info("pathway.suspension.saved");
            suspensionStart = null;
            suspensionEnd = null;
            suspensionNote = null;
            reload();
        }
    }

    public void addDerogation() {
        if (Ui.run(() -> service.addDerogation(id, derogationReference, derogationStart, derogationEnd))) {
            Ui.info("pathway.derogation.saved");
            derogationReference = null;
            reload();
        }
    }

    public void prolongDerogation() {
        if (prolongedDerogationId == null) {
            return;
        }
        if (Ui.run(() -> service.prolongDerogation(prolongedDerogationId, prolongUntil, bilanOn, bilan, actionsToFinish))) {
            Ui.info("pathway.derogation.prolonged");
            reload();
        }
    }

    /**
     * Opens a new stay for the person after the exit: it continues the parcours (R5132-1-2) unless a prescriber's
     * decision to start a new one is given (R5132-1-4); then opens the new stay's page.
     */
    public void reopen() throws java.io.IOException {
        String prescriber = newParcoursPrescriber == null || newParcoursPrescriber.isBlank() ? null : newParcoursPrescriber;
        Long created = Ui.attempt(() -> participants.reopenPathway(id, reopenEntry, prescriber, prescriber == null
                && newParcoursDecidedOn == null ? null : newParcoursDecidedOn));
        if (created != null) {
            var ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            Ui.info("pathway.parcours.reopened");
            ec.redirect(ec.getRequestContextPath() + "/coordinator/pathway.xhtml?id=" + created);
        }
    }

    public LocalDate getReopenEntry() { return reopenEntry; }
    public void setReopenEntry(LocalDate v) { this.reopenEntry = v; }
    public String getNewParcoursPrescriber() { return newParcoursPrescriber; }
    public void setNewParcoursPrescriber(String v) { this.newParcoursPrescriber = v; }
    public LocalDate getNewParcoursDecidedOn() { return newParcoursDecidedOn; }
    public void setNewParcoursDecidedOn(LocalDate v) { this.newParcoursDecidedOn = v; }

    public SuspensionReason[] getSuspensionReasons() {
        return SuspensionReason.values();
    }

    public ParcoursView getParcours() { return parcours; }
    public List<SuspensionView> getSuspensions() { return suspensions; }
    public List<DerogationView> getDerogations() { return derogations; }
    public List<ContractView> getContracts() { return contracts; }
    public Long getSuspendedContractId() { return suspendedContractId; }
    public void setSuspendedContractId(Long v) { this.suspendedContractId = v; }
    public LocalDate getSuspensionStart() { return suspensionStart; }
    public void setSuspensionStart(LocalDate v) { this.suspensionStart = v; }
    public LocalDate getSuspensionEnd() { return suspensionEnd; }
    public void setSuspensionEnd(LocalDate v) { this.suspensionEnd = v; }
    public SuspensionReason getSuspensionReason() { return suspensionReason; }
    public void setSuspensionReason(SuspensionReason v) { this.suspensionReason = v; }
    public String getSuspensionNote() { return suspensionNote; }
    public void setSuspensionNote(String v) { this.suspensionNote = v; }
    public String getDerogationReference() { return derogationReference; }
    public void setDerogationReference(String v) { this.derogationReference = v; }
    public LocalDate getDerogationStart() { return derogationStart; }
    public void setDerogationStart(LocalDate v) { this.derogationStart = v; }
    public LocalDate getDerogationEnd() { return derogationEnd; }
    public void setDerogationEnd(LocalDate v) { this.derogationEnd = v; }
    public Long getProlongedDerogationId() { return prolongedDerogationId; }
    public void setProlongedDerogationId(Long v) { this.prolongedDerogationId = v; }
    public LocalDate getProlongUntil() { return prolongUntil; }
    public void setProlongUntil(LocalDate v) { this.prolongUntil = v; }
    public LocalDate getBilanOn() { return bilanOn; }
    public void setBilanOn(LocalDate v) { this.bilanOn = v; }
    public String getBilan() { return bilan; }
    public void setBilan(String v) { this.bilan = v; }
    public String getActionsToFinish() { return actionsToFinish; }
    public void setActionsToFinish(String v) { this.actionsToFinish = v; }
}
