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
}
