package fr.sillon.web.pathway;

import fr.sillon.web.infra.Ui;
import fr.sillon.ejb.pathway.ParticipantService;
import fr.sillon.ejb.shared.Page;
import fr.sillon.ejb.pathway.PathwayViews.ParticipantRow;
import fr.sillon.ejb.pathway.PathwayViews.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /coordinator/participants.xhtml: paged, searchable list of pathways, and creation of a participant. */
@Named
@ViewScoped
public class ParticipantsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantService participantService;

    private String search;
    private boolean activeOnly = true;
    private LazyDataModel<ParticipantRow> rows;
    private List<StaffMember> staff;
    private final ParticipantForm form = new ParticipantForm();
    private Long createdPathwayId;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) participantService.listParticipants(search, activeOnly, 0, 1).total();
            }

            @Override
            public List<ParticipantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
                Page<ParticipantRow> page = participantService.listParticipants(search, activeOnly, first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(ParticipantRow row) {
                return String.valueOf(row.pathwayId());
            }
        };
    }

    /** Creates the participant and opens their pathway. */
    public String create() {
        if (Ui.run(() -> createdPathwayId = participantService.createParticipant(form.toCommand()))) {
            return "/coordinator/pathway.xhtml?faces-redirect=true&id=" + createdPathwayId;
        }
        return null;
    }

    public List<StaffMember> getStaff() {
        if (staff == null) {
            staff = participantService.staff();
        }
        return staff;
    }

    public ParticipantForm getForm() { return form; }
    public LazyDataModel<ParticipantRow> getRows() { return rows; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isActiveOnly() { return activeOnly; }
    public void setActiveOnly(boolean activeOnly) { this.activeOnly = activeOnly; }
    public Long getCreatedPathwayId() { return createdPathwayId; }
}
