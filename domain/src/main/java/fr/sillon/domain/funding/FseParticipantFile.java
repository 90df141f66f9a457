package fr.sillon.domain.funding;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The FSE+ participant file of a pathway: the entry questionnaire (labour-market status, household, disability —
 * age and education come from the participant's record, never typed twice) and the exit situation, entered within
 * four weeks of the exit ({@link FseRules#EXIT_ENTRY_DAYS}). The situation at 6 months is the +6-month follow-up's.
 */
@Entity
@Table(name = "funding_fse_file")
public class FseParticipantFile {
    @Id
    @Column(name = "pathway_id", nullable = false, updatable = false)
    private Long pathwayId;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Enumerated(EnumType.STRING)
    @Column(name = "labour_status", length = 30)
    private LabourStatus labourStatus;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Household household;
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Disability disability;
    @Column(name = "entry_recorded_on")
    private LocalDate entryRecordedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_situation", length = 30)
    private FseExitSituation exitSituation;
    @Column(name = "exit_recorded_on")
    private LocalDate exitRecordedOn;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Version
    private int version;

    protected FseParticipantFile() {
    }

    public FseParticipantFile(long structureId, long pathwayId) {
        this.structureId = structureId;
        this.pathwayId = pathwayId;
    }

    /** The entry questionnaire; an unanswered item stays empty (the completeness grid shows it). */
    public void answerEntry(LabourStatus labour, Household household, Disability disability, LocalDate today, String by) {
        this.labourStatus = labour;
        this.household = household;
        this.disability = disability;
        this.entryRecordedOn = today;
        touch(by);
    }

    /** The exit situation: only once the person has left, and the day it was entered is kept (the 4-week deadline). */
    public void answerExit(FseExitSituation situation, LocalDate exitDate, LocalDate today, String by) {
        if (exitDate == null) {
            throw new DomainException("funding.fse.notExited");
        }
        if (situation == null) {
            throw new DomainException("funding.fse.exitRequired");
        }
        if (exitSituation != situation || exitRecordedOn == null) {
            this.exitRecordedOn = today;
        }
        this.exitSituation = situation;
        touch(by);
    }

    private void touch(String by) {
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now();
    }

    public Long getPathwayId() { return pathwayId; }
    public LabourStatus getLabourStatus() { return labourStatus; }
    public Household getHousehold() { return household; }
    public Disability getDisability() { return disability; }
    public LocalDate getEntryRecordedOn() { return entryRecordedOn; }
    public FseExitSituation getExitSituation() { return exitSituation; }
    public LocalDate getExitRecordedOn() { return exitRecordedOn; }
}
