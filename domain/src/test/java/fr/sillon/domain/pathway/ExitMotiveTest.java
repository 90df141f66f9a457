package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExitMotiveTest {
    /** Expected category of every motive (reference/iae.md §6.1 and §6.3; derived mapping, see ExitMotive). */
    static final Map<String, ExitCategory> EXPECTED = Map.ofEntries(
            Map.entry("1", ExitCategory.EMPLOI_DURABLE),
            Map.entry("2", ExitCategory.SORTIE_POSITIVE),
            Map.entry("3", ExitCategory.EMPLOI_DURABLE),
            Map.entry("4", ExitCategory.EMPLOI_DURABLE),
            Map.entry("5", ExitCategory.SORTIE_POSITIVE),
            Map.entry("6", ExitCategory.AUTRE_SORTIE),
            Map.entry("7", ExitCategory.AUTRE_SORTIE),
            Map.entry("8", ExitCategory.AUTRE_SORTIE),
            Map.entry("9", ExitCategory.EMPLOI_DURABLE),
            Map.entry("10", ExitCategory.EMPLOI_TRANSITION),
            Map.entry("11", ExitCategory.EMPLOI_DURABLE),
            Map.entry("12", ExitCategory.SORTIE_POSITIVE),
            Map.entry("13", ExitCategory.EMPLOI_DURABLE),
            Map.entry("14", ExitCategory.EMPLOI_TRANSITION),
            Map.entry("15", ExitCategory.RETRAIT),
            Map.entry("16", ExitCategory.RETRAIT),
            Map.entry("17", ExitCategory.RETRAIT),
            Map.entry("18", ExitCategory.AUTRE_SORTIE),
            Map.entry("19", ExitCategory.AUTRE_SORTIE),
            Map.entry("20", ExitCategory.RETRAIT),
            Map.entry("21", ExitCategory.RETRAIT),
            Map.entry("22", ExitCategory.RETRAIT),
            Map.entry("96", ExitCategory.EMPLOI_DURABLE), // issue 13 point 5: not a « retrait »
            Map.entry("SA", ExitCategory.AUTRE_SORTIE));

    @ParameterizedTest
    @EnumSource(ExitMotive.class)
    void everyMotiveHasItsCategory(ExitMotive motive) {
        assertEquals(EXPECTED.get(motive.aspCode()), motive.category(), motive.name());
        assertEquals(motive.category().isDynamic(), motive.isDynamic());
        assertEquals(motive, ExitMotive.ofAspCode(motive.aspCode()).orElseThrow());
        assertFalse(motive.label().isBlank());
    }

    @Test
    void everyReferenceMotiveIsPresentOnce() {
        assertEquals(EXPECTED.size(), ExitMotive.values().length);
        assertEquals(EXPECTED.keySet(), new HashSet<>(Arrays.stream(ExitMotive.values()).map(ExitMotive::aspCode).toList()));
    }

    @Test
    void dynamicCategoriesAreEmploymentAndPositiveExits() {
        assertTrue(ExitCategory.EMPLOI_DURABLE.isDynamic());
        assertTrue(ExitCategory.EMPLOI_TRANSITION.isDynamic());
        assertTrue(ExitCategory.SORTIE_POSITIVE.isDynamic());
        assertFalse(ExitCategory.AUTRE_SORTIE.isDynamic());
        assertFalse(ExitCategory.RETRAIT.isDynamic());
        assertFalse(ExitCategory.RETRAIT.isCounted());
        assertTrue(ExitCategory.AUTRE_SORTIE.isCounted());
    }

    @Test
    void cddOfSixMonthsIsDurableAndShorterIsTransition() {
        assertEquals(ExitCategory.EMPLOI_DURABLE, ExitMotive.CDD_6_MONTHS_OR_MORE.category());
        assertEquals(ExitCategory.EMPLOI_TRANSITION, ExitMotive.CDD_UNDER_6_MONTHS.category());
        assertTrue(ExitMotive.ofAspCode("99").isEmpty());
    }
}
