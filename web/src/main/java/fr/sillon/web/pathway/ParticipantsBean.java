package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.EducationLevel;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.PrescriberKind;
import fr.sillon.ejb.pathway.PathwayService;
import fr.sillon.ejb.pathway.PathwayViews.NewParticipant;
import fr.sillon.ejb.pathway.PathwayViews.Page;
import fr.sillon.ejb.pathway.PathwayViews.ParticipantRow;
import fr.sillon.ejb.pathway.PathwayViews.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
    PathwayService service;

    private String search;
    private boolean activeOnly = true;
    private LazyDataModel<ParticipantRow> rows;
    private List<StaffMember> staff;
    // creation form
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String email;
    private String phone;
    private String address;
    private String postalCode;
    private String city;
    private EducationLevel educationLevel;
    private String franceTravailId;
    private String passIaeNumber;
    private LocalDate passIaeStart;
    private LocalDate passIaeEnd;
    private PrescriberKind prescriberKind;
    private String prescriberName;
    private List<EligibilityCriterion> criteria = new ArrayList<>();
    private boolean rqth;
    private LocalDate entryDate = LocalDate.now();
    private Long supervisorId;
    private Long createdPathwayId;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) service.listParticipants(search, activeOnly, 0, 1).total();
            }

            @Override
            public List<ParticipantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
                Page<ParticipantRow> page = service.listParticipants(search, activeOnly, first, pageSize);
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
        NewParticipant data = new NewParticipant(firstName, lastName, birthDate, email, phone, address, postalCode,
                city, educationLevel, franceTravailId, passIaeNumber, passIaeStart, passIaeEnd, prescriberKind,
                prescriberName, criteria.isEmpty() ? EnumSet.noneOf(EligibilityCriterion.class) : EnumSet.copyOf(criteria),
                rqth, entryDate, supervisorId, null);
        if (PathwayMessages.attempt(() -> createdPathwayId = service.createParticipant(data))) {
            return "/coordinator/pathway.xhtml?faces-redirect=true&id=" + createdPathwayId;
        }
        return null;
    }

    public List<StaffMember> getStaff() {
        if (staff == null) {
            staff = service.staff();
        }
        return staff;
    }

    public EducationLevel[] getEducationLevels() { return EducationLevel.values(); }
    public PrescriberKind[] getPrescriberKinds() { return PrescriberKind.values(); }
    public EligibilityCriterion[] getCriteriaChoices() { return EligibilityCriterion.values(); }

    public LazyDataModel<ParticipantRow> getRows() { return rows; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isActiveOnly() { return activeOnly; }
    public void setActiveOnly(boolean activeOnly) { this.activeOnly = activeOnly; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public EducationLevel getEducationLevel() { return educationLevel; }
    public void setEducationLevel(EducationLevel educationLevel) { this.educationLevel = educationLevel; }
    public String getFranceTravailId() { return franceTravailId; }
    public void setFranceTravailId(String franceTravailId) { this.franceTravailId = franceTravailId; }
    public String getPassIaeNumber() { return passIaeNumber; }
    public void setPassIaeNumber(String passIaeNumber) { this.passIaeNumber = passIaeNumber; }
    public LocalDate getPassIaeStart() { return passIaeStart; }
    public void setPassIaeStart(LocalDate passIaeStart) { this.passIaeStart = passIaeStart; }
    public LocalDate getPassIaeEnd() { return passIaeEnd; }
    public void setPassIaeEnd(LocalDate passIaeEnd) { this.passIaeEnd = passIaeEnd; }
    public PrescriberKind getPrescriberKind() { return prescriberKind; }
    public void setPrescriberKind(PrescriberKind prescriberKind) { this.prescriberKind = prescriberKind; }
    public String getPrescriberName() { return prescriberName; }
    public void setPrescriberName(String prescriberName) { this.prescriberName = prescriberName; }
    public List<EligibilityCriterion> getCriteria() { return criteria; }
    public void setCriteria(List<EligibilityCriterion> criteria) { this.criteria = criteria; }
    public boolean isRqth() { return rqth; }
    public void setRqth(boolean rqth) { this.rqth = rqth; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
    public Long getSupervisorId() { return supervisorId; }
    public void setSupervisorId(Long supervisorId) { this.supervisorId = supervisorId; }
    public Long getCreatedPathwayId() { return createdPathwayId; }
}
