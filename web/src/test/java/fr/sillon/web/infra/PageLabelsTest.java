package fr.sillon.web.infra;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.domain.pathway.PathwayStatus;
import org.junit.jupiter.api.Test;

class PageLabelsTest {
    final PageLabels labels = new PageLabels();

    @Test
    void aPageShowsTheDomainLabelWithItsFirstLetterInCapitals() {
        assertEquals("Sorti·e", labels.of(PathwayStatus.EXITED));
        assertEquals("Identifié", labels.of(BarrierStatus.IDENTIFIE));
        assertEquals("CDDI initial", labels.of(ContractKind.INITIAL));
        assertEquals("Échec", labels.of(AuditEntry.Outcome.FAILED));
        assertNull(labels.of(null));
    }

    @Test
    void aConstantCarriedByItsNameIsLabelledByItsType() {
        assertEquals("Refusé", labels.named("AuditEntry.Outcome", "REFUSED"));
        assertEquals("EI — entreprise d'insertion", labels.named("StructureKind", "EI"));
        assertNull(labels.named("StructureKind", null));
        assertEquals("", PageLabels.capitalised(""));
    }
}
