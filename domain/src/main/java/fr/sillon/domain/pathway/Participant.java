package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.UserAccount;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person employed in insertion (salarié·e en parcours) in a structure. RQTH is health data (sensitive). */
@Entity
@Table(name = "participant")
public class Participant {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id", unique = true)
    private UserAccount userAccount;
    @NotBlank @Size(max = 100)
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;
    @NotBlank @Size(max = 100)
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Size(max = 200) @Column(length = 200)
    private String email;
    @Size(max = 30) @Column(length = 30)
    private String phone;
    @Size(max = 300) @Column(length = 300)
    private String address;
    @Size(max = 10) @Column(name = "postal_code", length = 10)
    private String postalCode;
    @Size(max = 120) @Column(length = 120)
    private String city;
    @Convert(converter = EducationLevel.CodeConverter.class)
    @Column(name = "education_level", length = 2)
    private EducationLevel educationLevel;
    @Size(max = 20) @Column(name = "france_travail_id", length = 20)
    private String franceTravailId;
    @Size(max = 12) @Column(name = "pass_iae_number", length = 12)
    private String passIaeNumber;
    @Column(name = "pass_iae_start")
    private LocalDate passIaeStart;
    @Column(name = "pass_iae_end")
    private LocalDate passIaeEnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "prescriber_kind", length = 30)
    private PrescriberKind prescriberKind;
    @Column(name = "prescriber_asp_code", length = 2)
    private String prescriberAspCode;
    @Size(max = 200) @Column(name = "prescriber_name", length = 200)
    private String prescriberName;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "participant_criterion", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", length = 20, nullable = false)
    private Set<EligibilityCriterion> criteria = new HashSet<>();
    @Column(nullable = false)
    private boolean rqth;
    @Column(nullable = false)
    private boolean anonymised;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;

    protected Participant() {
    }

    public Participant(Long structureId, String firstName, String lastName) {
        this.structureId = structureId;
        setName(firstName, lastName);
    }

    public void setName(String firstName, String lastName) {
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new DomainException("pathway.participant.nameRequired");
        }
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
    }

    public void setPassIae(String number, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainException("pathway.participant.passIaeDates");
        }
        this.passIaeNumber = number;
        this.passIaeStart = start;
        this.passIaeEnd = end;
    }

    public void setPrescriber(PrescriberKind kind, String name) {
        this.prescriberKind = kind;
        this.prescriberAspCode = kind == null ? null : kind.aspCode();
        this.prescriberName = name;
    }

    public void setCriteria(Set<EligibilityCriterion> criteria) {
        this.criteria.clear();
        if (criteria != null) {
            this.criteria.addAll(criteria);
        }
    }

    /**
     * Erases what identifies the person (see {@link RetentionRules}); the row stays so that pathways, contracts and
     * exits keep counting in the statistics.
     */
    public void anonymise() {
        firstName = "Anonyme";
        lastName = "#" + id;
        birthDate = null;
        email = null;
        phone = null;
        address = null;
        postalCode = null;
        city = null;
        franceTravailId = null;
        passIaeNumber = null;
        prescriberName = null;
        criteria.clear();
        rqth = false;
        userAccount = null;
        anonymised = true;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public CddiRules.PersonFacts facts() {
        return new CddiRules.PersonFacts(birthDate, rqth, prescriberKind == PrescriberKind.SPONTANEOUS);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public UserAccount getUserAccount() { return userAccount; }
    public void setUserAccount(UserAccount userAccount) { this.userAccount = userAccount; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
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
    public LocalDate getPassIaeStart() { return passIaeStart; }
    public LocalDate getPassIaeEnd() { return passIaeEnd; }
    public PrescriberKind getPrescriberKind() { return prescriberKind; }
    public String getPrescriberAspCode() { return prescriberAspCode; }
    public String getPrescriberName() { return prescriberName; }
    public Set<EligibilityCriterion> getCriteria() { return criteria.isEmpty() ? EnumSet.noneOf(EligibilityCriterion.class) : EnumSet.copyOf(criteria); }
    public boolean isRqth() { return rqth; }
    public void setRqth(boolean rqth) { this.rqth = rqth; }
    public boolean isAnonymised() { return anonymised; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
