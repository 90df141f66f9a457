package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.ImmersionObjective;
import fr.sillon.domain.pathway.ImmersionOutcome;
import fr.sillon.ejb.pathway.ImmersionService;
import fr.sillon.ejb.pathway.PathwayViews.ImmersionRequest;
import fr.sillon.ejb.pathway.PathwayViews.ImmersionView;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The immersions (PMSMP) tab of a pathway: conventions, their outcome, a new one or a renewal. */
@Named
@ViewScoped
public class ImmersionTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ImmersionService service;
    @Inject
    PathwayPage page;

    private List<ImmersionView> immersions;
    private String hostName;
    private String hostSiret;
    private LocalDate start;
    private LocalDate end;
    private ImmersionObjective objective = ImmersionObjective.DISCOVER_TRADE;
    private String objectiveDetail;
    private Long renewalOfId;

    public List<ImmersionView> getImmersions() {
        if (immersions == null) {
            immersions = service.immersions(page.getId());
        }
        return immersions;
    }

    public void addImmersion() {
        ImmersionRequest r = new ImmersionRequest(hostName, hostSiret, start, end, objective, objectiveDetail,
                renewalOfId);
        if (Ui.run(() -> service.addImmersion(page.getId(), r))) {
            Ui.info("pathway.immersion.saved");
            hostName = hostSiret = objectiveDetail = null;
            start = end = null;
            renewalOfId = null;
            changed();
        }
    }

    /** Prefills the form with the renewal of an immersion (same host, same objective, following day). */
    public void prepareRenewal(ImmersionView i) {
        hostName = i.hostName();
        hostSiret = i.hostSiret();
        objective = i.objective();
        start = i.end().plusDays(1);
        end = null;
        renewalOfId = i.id();
    }

    public void recordImmersionOutcome(long immersionId, ImmersionOutcome outcome) {
        if (Ui.run(() -> service.recordImmersionOutcome(immersionId, outcome, null))) {
            changed();
        }
    }

    private void changed() {
        immersions = null;
        page.changed();
    }

    public ImmersionObjective[] getObjectives() { return ImmersionObjective.values(); }
    public ImmersionOutcome[] getOutcomes() { return ImmersionOutcome.values(); }

    public String getHostName() { return hostName; }
    public void setHostName(String v) { this.hostName = v; }
    public String getHostSiret() { return hostSiret; }
    public void setHostSiret(String v) { this.hostSiret = v; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate v) { this.start = v; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate v) { this.end = v; }
    public ImmersionObjective getObjective() { return objective; }
    public void setObjective(ImmersionObjective v) { this.objective = v; }
    public String getObjectiveDetail() { return objectiveDetail; }
    public void setObjectiveDetail(String v) { this.objectiveDetail = v; }
    public Long getRenewalOfId() { return renewalOfId; }
    public void setRenewalOfId(Long v) { this.renewalOfId = v; }
}
