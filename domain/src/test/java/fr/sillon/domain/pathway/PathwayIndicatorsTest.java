package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathwayIndicatorsTest {
    static PathwayIndicators of(Map<ExitCategory, Long> exits) {
        return new PathwayIndicators(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 10, 4, exits,
                BigDecimal.TEN, BigDecimal.ONE, null);
    }

    @Test
    void dynamicRateExcludesWithdrawnExits() {
        PathwayIndicators i = of(Map.of(ExitCategory.EMPLOI_DURABLE, 1L, ExitCategory.EMPLOI_TRANSITION, 1L,
                ExitCategory.SORTIE_POSITIVE, 1L, ExitCategory.AUTRE_SORTIE, 3L, ExitCategory.RETRAIT, 5L));
        assertEquals(6, i.countedExits());
        assertEquals(3, i.dynamicExits());
        assertEquals(new BigDecimal("50.0"), i.dynamicRate());
    }

    @Test
    void noExitMeansNoRate() {
        PathwayIndicators i = of(Map.of(ExitCategory.RETRAIT, 2L));
        assertEquals(0, i.countedExits());
        assertNull(i.dynamicRate());
        assertEquals(0L, i.exitsByCategory().get(ExitCategory.EMPLOI_DURABLE));
    }

    @Test
    void rateIsRoundedToOneDecimal() {
        PathwayIndicators i = of(Map.of(ExitCategory.EMPLOI_DURABLE, 2L, ExitCategory.AUTRE_SORTIE, 1L));
        assertEquals(new BigDecimal("66.7"), i.dynamicRate());
    }
}
