package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.framework.PolicyDraft;
import org.junit.jupiter.api.Test;

class StructureSettingsRulesTest {

    @Test
    void theIdentityNeedsANameAndIsTrimmed() {
        StructureIdentity i = new StructureIdentity(" Les Jardins ", " ", "Chantepie", " Claire Morvan ", "Directrice", 3)
                .validated();
        assertEquals("Les Jardins", i.name());
        assertNull(i.address());
        assertEquals("Claire Morvan", i.signatoryName());
        assertEquals(3, i.version());
        assertEquals("access.structure.nameRequired", assertThrows(DomainException.class,
                () -> new StructureIdentity("  ", null, null, null, null, 0).validated()).getKey());
        assertEquals("access.field.tooLong", assertThrows(DomainException.class,
                () -> new StructureIdentity("A", null, null, "x".repeat(201), null, 0).validated()).getKey());
    }

    @Test
    void aPolicyAsksOneToTwentyObservationsOnNoMoreDaysThanObservations() {
        new PolicyDraft(1, 1, false).validated();
        new PolicyDraft(20, 20, true).validated();
        assertEquals("framework.policy.observations",
                assertThrows(DomainException.class, () -> new PolicyDraft(0, 1, true).validated()).getKey());
        assertEquals("framework.policy.observations",
                assertThrows(DomainException.class, () -> new PolicyDraft(21, 2, true).validated()).getKey());
        assertEquals("framework.policy.days",
                assertThrows(DomainException.class, () -> new PolicyDraft(3, 4, true).validated()).getKey());
        assertEquals("framework.policy.days",
                assertThrows(DomainException.class, () -> new PolicyDraft(3, 0, true).validated()).getKey());
    }
}
