package fr.sillon.domain.funding;

import fr.sillon.domain.pathway.BarrierCategory;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ASP's yearly déclaration d'accompagnement: for each of the 8 barrier types, the people concerned and, among
 * them, those supported inside the structure only, outside only, or both. A person counts once per type, whatever
 * the number of barriers of that type; supports of several barriers of one type add up (inside on one, outside on
 * another: both). A person concerned but not (yet) supported counts in « concerned » only.
 */
public final class AccompanimentDeclaration {
    private AccompanimentDeclaration() {
    }

    /** One barrier of one person over the year, and how it was supported. */
    public record Support(long personId, BarrierCategory category, boolean inside, boolean outside) {
    }

    /** One line of the declaration. */
    public record Line(AspBarrierType type, long concerned, long insideOnly, long outsideOnly, long both)
            implements java.io.Serializable {
        public long notSupported() {
            return concerned - insideOnly - outsideOnly - both;
        }
    }

    public static List<Line> compute(Collection<Support> supports) {
        Map<AspBarrierType, Map<Long, boolean[]>> byType = new EnumMap<>(AspBarrierType.class);
        for (Support s : supports) {
            boolean[] flags = byType.computeIfAbsent(AspBarrierType.of(s.category()), t -> new HashMap<>())
                    .computeIfAbsent(s.personId(), p -> new boolean[2]);
            flags[0] |= s.inside();
            flags[1] |= s.outside();
        }
        return java.util.Arrays.stream(AspBarrierType.values()).map(t -> {
            Map<Long, boolean[]> people = byType.getOrDefault(t, Map.of());
            long inside = people.values().stream().filter(f -> f[0] && !f[1]).count();
            long outside = people.values().stream().filter(f -> !f[0] && f[1]).count();
            long both = people.values().stream().filter(f -> f[0] && f[1]).count();
            return new Line(t, people.size(), inside, outside, both);
        }).toList();
    }
}
