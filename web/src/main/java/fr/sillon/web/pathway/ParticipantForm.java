package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.EducationLevel;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.PrescriberKind;
import fr.sillon.ejb.pathway.PathwayViews.NewParticipant;
import fr.sillon.ejb.pathway.PathwayViews.PathwayDetail;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The identity form of a participant, shared by the creation dialog and the identity tab. */
public class ParticipantForm implements Serializable {
    private static final long serialVersionUID = 1L;

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

    public static ParticipantForm of(PathwayDetail d) {
        ParticipantForm f = new ParticipantForm();
        f.firstName = d.firstName();
        f.lastName = d.lastName();
        f.birthDate = d.birthDate();
        f.email = d.email();
        f.phone = d.phone();
        f.address = d.address();
        f.postalCode = d.postalCode();
        f.city = d.city();
        f.educationLevel = d.educationLevel();
        f.franceTravailId = d.franceTravailId();
        f.passIaeNumber = d.passIaeNumber();
        f.passIaeStart = d.passIaeStart();
        f.passIaeEnd = d.passIaeEnd();
        f.prescriberKind = d.prescriberKind();
        f.prescriberName = d.prescriberName();
        f.criteria = new ArrayList<>(d.criteria());
        f.rqth = Boolean.TRUE.equals(d.rqth());
        f.entryDate = d.entryDate();
        return f;
    }

    public NewParticipant toCommand() {
        return new NewParticipant(firstName, lastName, birthDate, email, phone, address, postalCode, city,
                educationLevel, franceTravailId, passIaeNumber, passIaeStart, passIaeEnd, prescriberKind,
                prescriberName, criteria == null || criteria.isEmpty() ? EnumSet.noneOf(EligibilityCriterion.class)
                : EnumSet.copyOf(criteria), rqth, entryDate, supervisorId, null);
    }

    public EducationLevel[] getEducationLevels() { return EducationLevel.values(); }
    public PrescriberKind[] getPrescriberKinds() { return PrescriberKind.values(); }
    public EligibilityCriterion[] getCriteriaChoices() { return EligibilityCriterion.values(); }

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
}
