package fr.sillon.domain.funding;

import fr.sillon.domain.pathway.ExitCategory;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The exits block of the bilan: exits of the year by ASP category among the exits that count (stay of at least
 * 3 months worked, {@link fr.sillon.domain.pathway.ExitRules}), « retraits » apart and out of the total, shorter stays
 * apart, and the rate of sorties dynamiques (emploi durable + transition + positive) over the exits that count.
 */
public record BilanExits(Map<ExitCategory, Long> byCategory, long shortStays, long counted, long dynamic) {

    /** One exit of the year: its category and whether it counts in the rates (3-month rule, stored on the exit). */
    public record Exit(ExitCategory category, boolean countsInRates) {
    }

    public static BilanExits of(Collection<Exit> exits) {
        Map<ExitCategory, Long> by = new EnumMap<>(ExitCategory.class);
        for (ExitCategory c : ExitCategory.values()) {
            by.put(c, 0L);
        }
        long shortStays = 0;
        for (Exit e : exits) {
            if (e.countsInRates()) {
                by.merge(e.category(), 1L, Long::sum);
            } else {
                shortStays++;
            }
        }
        long counted = by.entrySet().stream().filter(e -> e.getKey().isCounted()).mapToLong(Map.Entry::getValue).sum();
        long dynamic = by.entrySet().stream().filter(e -> e.getKey().isDynamic()).mapToLong(Map.Entry::getValue).sum();
        return new BilanExits(Map.copyOf(by), shortStays, counted, dynamic);
    }

    /** « 66,7 % », or « < 5 » when fewer than 5 exits count. */
    public String dynamicRate() {
        return SmallCells.rate(dynamic, counted);
    }
}
