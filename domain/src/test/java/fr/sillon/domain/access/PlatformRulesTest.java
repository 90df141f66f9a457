package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformRulesTest {

    static StructureDraft draft(String siret, BigDecimal capacity) {
        return new StructureDraft("  Les Jardins  ", siret, StructureKind.ACI, " 1 rue des Lilas ", "Rennes",
                "ACI035230001A0M0", capacity);
    }

    static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).getKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "81234567800013", "732 829 320 00074", "35600000000048", "35600000000015"})
    void validSiretsAreAcceptedAndNormalised(String siret) {
        assertEquals(siret.replace(" ", ""), Siret.normalise(siret));
    }

    @Test
    void aSiretWithAWrongCheckDigitIsRefused() {
        assertEquals("access.siret.checksum", key(() -> Siret.normalise("73282932000075")));
        assertEquals("access.siret.checksum", key(() -> Siret.normalise("81234567800019")));
        // La Poste: the sum of the digits must be a multiple of 5, Luhn does not apply
        assertFalse(Siret.isValid("35600000000014"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007", "732829320000744", "7328293200007A", "732-829-320-00074"})
    void aSiretIsFourteenDigits(String siret) {
        assertEquals("access.siret.format", key(() -> Siret.normalise(siret)));
    }

    @Test
    void aDraftIsTrimmedAndItsCapacityScaled() {
        StructureDraft d = draft("732 829 320 00074", new BigDecimal("12.5")).validated();
        assertEquals("Les Jardins", d.name());
        assertEquals("73282932000074", d.siret());
        assertEquals("1 rue des Lilas", d.address());
        assertEquals(new BigDecimal("12.50"), d.agreedCapacityEtp());
        assertNull(new StructureDraft("A", "73282932000074", StructureKind.EI, " ", null, "", null).validated().address());
    }

    @Test
    void nameSiretAndKindAreRequired() {
        assertEquals("access.structure.nameRequired",
                key(() -> new StructureDraft(" ", "73282932000074", StructureKind.ACI, null, null, null, null).validated()));
        assertEquals("access.siret.required",
                key(() -> new StructureDraft("A", " ", StructureKind.ACI, null, null, null, null).validated()));
        assertEquals("access.structure.kindRequired",
                key(() -> new StructureDraft("A", "73282932000074", null, null, null, null, null).validated()));
        assertEquals("access.field.tooLong",
                key(() -> new StructureDraft("x".repeat(201), "73282932000074", StructureKind.AI, null, null, null, null).validated()));
        assertEquals("x".repeat(200),
                new StructureDraft("x".repeat(200), "73282932000074", StructureKind.AI, null, null, null, null).validated().name());
    }

    @Test
    void theCapacityIsPositiveWithTwoDecimalsAtMost() {
        assertEquals("access.structure.capacityRange", key(() -> draft("73282932000074", BigDecimal.ZERO).validated()));
        assertEquals("access.structure.capacityRange", key(() -> draft("73282932000074", new BigDecimal("10000")).validated()));
        assertEquals("access.structure.capacityScale", key(() -> draft("73282932000074", new BigDecimal("1.005")).validated()));
        assertEquals(new BigDecimal("0.01"), draft("73282932000074", new BigDecimal("0.01")).validated().agreedCapacityEtp());
        assertEquals(new BigDecimal("9999.99"), draft("73282932000074", new BigDecimal("9999.990")).validated().agreedCapacityEtp());
    }

    @Test
    void aPartnerNeedsAKindAndAName() {
        assertEquals("access.partner.kindRequired", key(() -> new PartnerDraft(null, "FT Rennes", null).validated()));
        assertEquals("access.partner.nameRequired", key(() -> new PartnerDraft(PartnerKind.FT, "", null).validated()));
        assertEquals("Redon", new PartnerDraft(PartnerKind.SPIP, "SPIP 35", " Redon ").validated().city());
    }

    @Test
    void loginsAndChosenPasswords() {
        assertEquals("jean.dupont", AccountRules.login("  Jean.Dupont "));
        assertEquals("access.account.loginInvalid", key(() -> AccountRules.login("jé")));
        assertEquals("access.account.loginInvalid", key(() -> AccountRules.login(null)));
        assertEquals("access.password.tooShort", key(() -> AccountRules.chosenPassword("onze-carac", "onze-carac")));
        AccountRules.chosenPassword("douze-carac!", "douze-carac!"); // exactly 12: accepted
        assertEquals("access.password.mismatch", key(() -> AccountRules.chosenPassword("douze-carac!", "douze-carac?")));
    }
}
