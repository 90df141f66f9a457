package fr.sillon.web.spaces;

import fr.sillon.domain.access.StructureIdentity;
import fr.sillon.domain.framework.PolicyDraft;
import fr.sillon.ejb.access.StructureSettingsService;
import fr.sillon.ejb.access.StructureSettingsService.PolicyRow;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Coordinator's « Paramètres de la structure »: identity on certificates, validation policies of own frameworks. */
@Named
@ViewScoped
public class StructureSettingsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One editable line of the policies table. */
    public static final class PolicyLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PolicyRow row;
        private int minObservations;
        private int minDistinctDays;
        private boolean latestAtOrAbove;

        PolicyLine(PolicyRow row) {
            this.row = row;
            minObservations = row.minObservations();
            minDistinctDays = row.minDistinctDays();
            latestAtOrAbove = row.latestAtOrAbove();
        }

        public PolicyRow getRow() { return row; }
        public int getMinObservations() { return minObservations; }
        public void setMinObservations(int v) { minObservations = v; }
        public int getMinDistinctDays() { return minDistinctDays; }
        public void setMinDistinctDays(int v) { minDistinctDays = v; }
        public boolean isLatestAtOrAbove() { return latestAtOrAbove; }
        public void setLatestAtOrAbove(boolean v) { latestAtOrAbove = v; }
    }

    @Inject
    StructureSettingsService service;
    private String name;
    private String address;
    private String city;
    private String signatoryName;
    private String signatoryRole;
    private int version;
    private List<PolicyLine> policies;

    @PostConstruct
    void init() {
        StructureIdentity i = service.identity();
        name = i.name();
        address = i.address();
        city = i.city();
        signatoryName = i.signatoryName();
        signatoryRole = i.signatoryRole();
        version = i.version();
        policies = new ArrayList<>(service.policies().stream().map(PolicyLine::new).toList());
    }

    public void saveIdentity() {
        if (Ui.attempt(() -> service.updateIdentity(
                new StructureIdentity(name, address, city, signatoryName, signatoryRole, version)))) {
            Ui.info("settings.identity.saved");
            init();
        }
    }

    public void savePolicy(PolicyLine line) {
        if (Ui.attempt(() -> service.updatePolicy(line.getRow().frameworkId(),
                new PolicyDraft(line.getMinObservations(), line.getMinDistinctDays(), line.isLatestAtOrAbove())))) {
            Ui.info("settings.policy.saved", line.getRow().title());
            init();
        }
    }

    public List<PolicyLine> getPolicies() { return policies; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getSignatoryName() { return signatoryName; }
    public void setSignatoryName(String signatoryName) { this.signatoryName = signatoryName; }
    public String getSignatoryRole() { return signatoryRole; }
    public void setSignatoryRole(String signatoryRole) { this.signatoryRole = signatoryRole; }
}
