package fr.sillon.domain.pathway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Figures of a structure for a period, for the funders' annual review (dialogue de gestion).
 *
 * @param peopleEmployed         distinct participants under CDDI at some day of the period
 * @param entries                pathways entered during the period
 * @param exitsByCategory        exits recorded during the period after the minimum stay the ASP counts ({@link ExitRules}),
 *                               by category (all categories present)
 * @param shortStayExits         exits of the period after a stay shorter than that minimum: shown apart, never in rates
 * @param contractHours          contractual hours of the period (weekly hours × days under contract / 7)
 * @param trainingHours          hours of trainings ended during the period
 * @param competenciesValidated  criteria validated during the period (null when the figure is not available)
 */
public record PathwayIndicators(LocalDate from, LocalDate to, long peopleEmployed, long entries,
                                Map<ExitCategory, Long> exitsByCategory, long shortStayExits, BigDecimal contractHours,
                                BigDecimal trainingHours, Long competenciesValidated) implements java.io.Serializable {

    public PathwayIndicators(LocalDate from, LocalDate to, long peopleEmployed, long entries,
                             Map<ExitCategory, Long> exitsByCategory, BigDecimal contractHours,
                             BigDecimal trainingHours, Long competenciesValidated) {
        this(from, to, peopleEmployed, entries, exitsByCategory, 0, contractHours, trainingHours, competenciesValidated);
    }

    public PathwayIndicators {
        EnumMap<ExitCategory, Long> all = new EnumMap<>(ExitCategory.class);
        for (ExitCategory c : ExitCategory.values()) {
            all.put(c, exitsByCategory == null ? 0L : exitsByCategory.getOrDefault(c, 0L));
        }
        exitsByCategory = Map.copyOf(all);
    }

    /** Exits counted in the statistics (all but « retrait des sorties constatées »). */
    public long countedExits() {
        return exitsByCategory.entrySet().stream().filter(e -> e.getKey().isCounted())
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long dynamicExits() {
        return exitsByCategory.entrySet().stream().filter(e -> e.getKey().isDynamic())
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Rate of sorties dynamiques in percent (one decimal) over counted exits; null when there is no exit. */
    public BigDecimal dynamicRate() {
        long counted = countedExits();
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(dynamicExits() * 100L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
    }
}
