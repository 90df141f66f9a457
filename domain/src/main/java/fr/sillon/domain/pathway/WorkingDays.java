package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.util.List;

/**
 * An observation, a task presence or a validation must fall on a day of a running contract of the participant, not
 * during a suspension (issue 13, point 13): outside a CDDI the person is not an employee of the structure, and the
 * evidence of a certificate must come from work under contract (L5132-15-1: the CDDI is the frame of the parcours).
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /**
     * A contract period: from its start to its planned end, cut at the exit of its stay.
     *
     * @param exit exit date of the stay (null while running)
     */
    public record Employment(LocalDate start, LocalDate plannedEnd, LocalDate exit) {
        LocalDate lastDay() {
            return exit != null && exit.isBefore(plannedEnd) ? exit : plannedEnd;
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(lastDay());
        }
    }

    /**
     * Refuses {@code day} unless a contract runs on it and no suspension covers it.
     *
     * @param what {@code observation}, {@code presence} or {@code validation}: the key of the French reason
     * @throws DomainException {@code assessment.workingDay.<what>.noContract} or {@code ….suspended}
     */
    public static void require(String what, String participantName, LocalDate day, List<Employment> contracts,
                               List<SuspensionRules.Suspension> suspensions) {
        if (contracts.stream().noneMatch(c -> c.contains(day))) {
            LocalDate lastDay = contracts.stream().map(Employment::lastDay).filter(d -> d.isBefore(day))
                    .max(LocalDate::compareTo).orElse(null);
            if (lastDay != null) {
                throw new DomainException("assessment.workingDay." + what + ".afterContract", participantName,
                        Periods.fr(day), Periods.fr(lastDay));
            }
            throw new DomainException("assessment.workingDay." + what + ".noContract", participantName, Periods.fr(day));
        }
        SuspensionRules.on(day, suspensions).ifPresent(s -> {
            throw new DomainException("assessment.workingDay." + what + ".suspended", participantName, Periods.fr(day),
                    Periods.fr(s.start()), Periods.fr(s.end()), s.reason().label().toLowerCase(java.util.Locale.FRENCH));
        });
    }
}
