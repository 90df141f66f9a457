package fr.sillon.web.spaces;

import fr.sillon.ejb.access.AuditLogService;
import fr.sillon.ejb.access.AuditLogService.AuditRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Journal d'audit » of the coordinator (their structure) and of the administrator (everything). */
@Named
@ViewScoped
public class AuditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService service;
    private String actor;
    private boolean refusedOnly;
    private List<AuditRow> rows;

    @PostConstruct
    public void search() {
        rows = service.entries(actor, refusedOnly, 0, AuditLogService.MAX_PAGE_SIZE);
    }

    public List<AuditRow> getRows() { return rows; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public boolean isRefusedOnly() { return refusedOnly; }
    public void setRefusedOnly(boolean refusedOnly) { this.refusedOnly = refusedOnly; }
}
