package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExitMotiveTest {
    /**
     * Expected category of every motive the reference classifies (the ASP exit categories, fluxIAE_RefCategorieSort
     * in gip-inclusion/pilotage-airflow).
     */
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
            Map.entry("16", ExitCategory.RETRAIT),
            Map.entry("17", ExitCategory.RETRAIT),
            Map.entry("96", ExitCategory.EMPLOI_DURABLE)); // issue 13 point 5: CDI Inclusion is not a « retrait »

    /**
     * Motives the reference lists without a category (ASP motives 15, 18–22 « unknown »; SA has no source).
     * Their category is Sillon's choice (see ExitMotive), so the test does not restate it; it holds them to the one
     * rule that follows from having no source: they never count as a sortie dynamique.
     */
    static final java.util.Set<String> UNCLASSIFIED = java.util.Set.of("15", "18", "19", "20", "21", "22", "SA");

    @ParameterizedTest
    @EnumSource(ExitMotive.class)
    void everyMotiveHasItsCategory(ExitMotive motive) {
        if (UNCLASSIFIED.contains(motive.aspCode())) {
            assertFalse(motive.isDynamic(), motive.name() + " has no source: never a sortie dynamique");
        } else {
            assertEquals(EXPECTED.get(motive.aspCode()), motive.category(), motive.name());
        }
        assertEquals(motive, ExitMotive.ofAspCode(motive.aspCode()).orElseThrow());
        assertFalse(motive.label().isBlank());
    }

    @Test
    void everyReferenceMotiveIsPresentOnce() {
        java.util.Set<String> all = new HashSet<>(EXPECTED.keySet());
        all.addAll(UNCLASSIFIED);
        assertEquals(all.size(), ExitMotive.values().length);
        assertEquals(all, new HashSet<>(Arrays.stream(ExitMotive.values()).map(ExitMotive::aspCode).toList()));
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
