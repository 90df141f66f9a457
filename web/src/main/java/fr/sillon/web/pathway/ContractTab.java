package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.ContractException;
import fr.sillon.ejb.pathway.ContractService;
import fr.sillon.ejb.pathway.PathwayViews.ContractRequest;
import fr.sillon.ejb.pathway.PathwayViews.ContractView;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The contracts tab of a pathway: the CDDI and its renewals, and the form of the next one. */
@Named
@ViewScoped
public class ContractTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ContractService service;
    @Inject
    PathwayPage page;

    private List<ContractView> contracts;
    private LocalDate start;
    private LocalDate end;
    private BigDecimal weeklyHours = new BigDecimal("26");
    private ContractException exception = ContractException.NONE;
    private LocalDate trainingEnd;
    private boolean hoursDerogation;
    private String derogationReference;
    // issue 13: beyond 24 months, the training under way and the prolongation decision (L5132-15-1, R5132-1-8)
    private LocalDate trainingStart;
    private fr.sillon.domain.pathway.ProlongationDecision.Decider decider;
    private String deciderName;
    private LocalDate decidedOn;
    private String decisionBilan;

    public List<ContractView> getContracts() {
        if (contracts == null) {
            contracts = service.contracts(page.getId());
            // the next contract starts the day after the last one (or on the entry date)
            if (!contracts.isEmpty()) {
                start = contracts.get(contracts.size() - 1).plannedEnd().plusDays(1);
            } else if (start == null) {
                start = page.getDetail().entryDate();
            }
        }
        return contracts;
    }

    public void addContract() {
        fr.sillon.domain.pathway.ProlongationDecision decision = decider == null && (deciderName == null
                || deciderName.isBlank()) ? null : new fr.sillon.domain.pathway.ProlongationDecision(decider,
                deciderName, decidedOn, decisionBilan);
        ContractRequest r = new ContractRequest(start, end, weeklyHours, exception, trainingEnd, hoursDerogation,
                derogationReference, trainingStart, decision);
        boolean first = getContracts().isEmpty();
        if (Ui.run(() -> service.addContract(page.getId(), r))) {
            Ui.info(first ? "pathway.contract.saved" : "pathway.contract.renewed");
            end = null;
            contracts = null;
            getContracts();
            page.changed();
        }
    }

    public ContractException[] getExceptions() { return ContractException.values(); }
    public fr.sillon.domain.pathway.ProlongationDecision.Decider[] getDeciders() {
        return fr.sillon.domain.pathway.ProlongationDecision.Decider.values();
    }
    public LocalDate getTrainingStart() { return trainingStart; }
    public void setTrainingStart(LocalDate v) { this.trainingStart = v; }
    public fr.sillon.domain.pathway.ProlongationDecision.Decider getDecider() { return decider; }
    public void setDecider(fr.sillon.domain.pathway.ProlongationDecision.Decider v) { this.decider = v; }
    public String getDeciderName() { return deciderName; }
    public void setDeciderName(String v) { this.deciderName = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { this.decidedOn = v; }
    public String getDecisionBilan() { return decisionBilan; }
    public void setDecisionBilan(String v) { this.decisionBilan = v; }

    public LocalDate getStart() { getContracts(); return start; }
    public void setStart(LocalDate v) { this.start = v; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate v) { this.end = v; }
    public BigDecimal getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(BigDecimal v) { this.weeklyHours = v; }
    public ContractException getException() { return exception; }
    public void setException(ContractException v) { this.exception = v; }
    public LocalDate getTrainingEnd() { return trainingEnd; }
    public void setTrainingEnd(LocalDate v) { this.trainingEnd = v; }
    public boolean isHoursDerogation() { return hoursDerogation; }
    public void setHoursDerogation(boolean v) { this.hoursDerogation = v; }
    public String getDerogationReference() { return derogationReference; }
    public void setDerogationReference(String v) { this.derogationReference = v; }
}
