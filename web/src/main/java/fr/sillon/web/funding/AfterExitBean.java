package fr.sillon.web.funding;

import fr.sillon.domain.funding.AfterExitSituation;
import fr.sillon.ejb.funding.AfterExitService;
import fr.sillon.ejb.funding.FundingViews.AfterExitRow;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /coordinator/followup.xhtml: people to contact 6 months after their exit, and their situation. */
@Named
@ViewScoped
public class AfterExitBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AfterExitService service;

    private List<AfterExitRow> rows = List.of();
    private final Map<Long, AfterExitSituation> situations = new HashMap<>();
    private final Map<Long, LocalDate> dates = new HashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    void load() {
        List<AfterExitRow> loaded = Ui.attempt(() -> service.list(LocalDate.now()));
        rows = loaded == null ? List.of() : loaded;
        situations.clear();
        dates.clear();
        for (AfterExitRow r : rows) {
            situations.put(r.pathwayId(), r.situation());
            dates.put(r.pathwayId(), r.contactedOn() == null ? LocalDate.now() : r.contactedOn());
        }
    }

    public void save(AfterExitRow row) {
        if (Ui.run(() -> service.record(row.pathwayId(), situations.get(row.pathwayId()), dates.get(row.pathwayId())))) {
            Ui.info("funding.afterExit.saved", row.name());
            load();
        }
    }

    public AfterExitSituation[] getSituationChoices() { return AfterExitSituation.values(); }
    public List<AfterExitRow> getRows() { return rows; }
    public Map<Long, AfterExitSituation> getSituations() { return situations; }
    public Map<Long, LocalDate> getDates() { return dates; }
}
