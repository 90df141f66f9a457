package fr.sillon.ejb.funding;

import fr.sillon.domain.funding.AfterExitRules;
import fr.sillon.domain.funding.AfterExitSituation;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.ExitMotive;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Read models of the funders' reports. */
public final class FundingViews {
    private FundingViews() {
    }

    /** One line of a report: a label and its value as printed (« < 5 » already applied). */
    public record Line(String label, String value) implements Serializable {
    }

    /** A block of the bilan, with the method of its figures written out. */
    public record Section(String title, List<Line> lines, String method) implements Serializable {
    }

    /** The yearly bilan of the dialogue de gestion: non-nominative, fixed blocks. */
    public record Bilan(int year, String structureName, String annex, LocalDateTime generatedAt, String generatedBy,
                        boolean sensitiveIncluded, List<Section> sections) implements Serializable {
        /** The value of the line labelled {@code label} in the section titled {@code title} (tests and pages). */
        public String value(String title, String label) {
            return sections.stream().filter(s -> s.title().equals(title)).flatMap(s -> s.lines().stream())
                    .filter(l -> l.label().equals(label)).map(Line::value).findFirst().orElse(null);
        }
    }

    /** A person to contact about 6 months after the exit, and what was recorded. */
    public record AfterExitRow(long pathwayId, String name, LocalDate exitDate, ExitMotive motive, ExitCategory category,
                               LocalDate dueOn, AfterExitRules.Status status, AfterExitSituation situation,
                               LocalDate contactedOn) implements Serializable {
    }

    /** A barrier of the year and how it was supported (for the déclaration d'accompagnement). */
    public record SupportRow(long barrierId, long pathwayId, String name, BarrierCategory category, boolean inside,
                             boolean outside) implements Serializable {
    }

    /** One month of an RSA beneficiary: days under contract, hours, the weekly average against the 15 h, absences. */
    public record RsaMonth(java.time.YearMonth month, long daysUnderContract, java.math.BigDecimal workedHours,
                           java.math.BigDecimal weeklyAverage, Boolean belowEngagement,
                           java.util.Map<fr.sillon.domain.funding.AbsenceReason, java.math.BigDecimal> absences,
                           int appointmentsProposed, int appointmentsAttended) implements Serializable {
    }

    /** An appointment proposed to a person. */
    public record AppointmentRow(long id, LocalDate day, fr.sillon.domain.funding.AppointmentKind kind,
                                 fr.sillon.domain.funding.AppointmentOutcome outcome,
                                 fr.sillon.domain.funding.AbsenceReason missedReason) implements Serializable {
    }

    /** A check-in with the person's referent. */
    public record CheckInRow(long id, LocalDate day, String referent, String note, boolean shareable)
            implements Serializable {
    }

    /** An RSA beneficiary of the year, with what the Département asks at a glance. */
    public record RsaRow(long pathwayId, String name, int monthsBelow15, int appointmentsProposed,
                         int appointmentsAttended, int appointmentsMissed, int checkIns, boolean consent)
            implements Serializable {
    }

    /** The RSA follow-up of one person for a year. */
    public record RsaFile(long pathwayId, String name, int year, List<RsaMonth> months, List<AppointmentRow> appointments,
                          fr.sillon.domain.funding.RsaRules.Attendance attendance, List<CheckInRow> checkIns,
                          boolean consent) implements Serializable {
    }

    /** One participant's line of the FSE+ completeness grid. */
    public record FseRow(long pathwayId, String name, LocalDate entryDate, fr.sillon.domain.funding.FseRules.AgeBand age,
                         fr.sillon.domain.funding.FseRules.Isced isced, fr.sillon.domain.funding.LabourStatus labour,
                         fr.sillon.domain.funding.Household household, fr.sillon.domain.funding.Disability disability,
                         LocalDate exitDate, fr.sillon.domain.funding.FseExitSituation exitSituation,
                         LocalDate exitRecordedOn, LocalDate exitDeadline, boolean exitLate,
                         AfterExitSituation sixMonths, LocalDate sixMonthsContactedOn,
                         List<fr.sillon.domain.funding.FseItem> missing, int completeness) implements Serializable {
    }

    /** A training of the year and its ASP objective and type (null while not chosen). */
    public record TrainingRow(long trainingId, long pathwayId, String name, String title, LocalDate start, LocalDate end,
                              java.math.BigDecimal hours, fr.sillon.domain.funding.AspTrainingObjective objective,
                              fr.sillon.domain.funding.AspTrainingType type) implements Serializable {
    }
}
