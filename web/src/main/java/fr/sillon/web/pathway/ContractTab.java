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
        ContractRequest r = new ContractRequest(start, end, weeklyHours, exception, trainingEnd, hoursDerogation,
                derogationReference);
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
