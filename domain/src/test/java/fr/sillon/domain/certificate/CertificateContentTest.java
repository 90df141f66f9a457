package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateContentTest {
    private static final LocalDate D = LocalDate.of(2026, 2, 1);

    private static CertificateContent.Row clea(String domain, String criterion, String situation) {
        return new CertificateContent.Row("CLEA", "2018", "CléA — socle", domain, "Domaine " + domain, criterion,
                "Critère " + criterion, D, situation);
    }

    @Test
    void groupsByFrameworkThenDomainInCodeOrderAndMergesSituations() {
        var rows = List.of(
                clea("2", "2.1.10", "Récolte"),
                clea("1", "1.10.1", null),
                clea("2", "2.1.2", "Semis en mottes"),
                clea("1", "1.2.1", "Récolte"),
                clea("1", "1.2.1", "Semis en mottes"),
                clea("1", "1.2.1", "Récolte"),
                new CertificateContent.Row("SST", "2020", "Sauveteur secouriste", "D1", "Intervenir", "C10",
                        "Dix", D, null),
                new CertificateContent.Row("SST", "2020", "Sauveteur secouriste", "D1", "Intervenir", "C2",
                        "Deux", D, null));
        var sections = CertificateContent.group(rows);
        assertEquals(2, sections.size());
        var clea = sections.get(0);
        assertEquals("CLEA", clea.code());
        assertTrue(clea.clea());
        assertEquals(List.of("1", "2"), clea.domains().stream().map(CertificateSnapshot.DomainSection::code).toList());
        var d1 = clea.domains().get(0).criteria();
        assertEquals(List.of("1.2.1", "1.10.1"), d1.stream().map(CertificateSnapshot.Criterion::code).toList());
        assertEquals(List.of("Récolte", "Semis en mottes"), d1.get(0).workSituations());
        assertEquals(List.of(), d1.get(1).workSituations());
        assertEquals(List.of("2.1.2", "2.1.10"),
                clea.domains().get(1).criteria().stream().map(CertificateSnapshot.Criterion::code).toList());
        var sst = sections.get(1);
        assertFalse(sst.clea());
        assertEquals(List.of("C2", "C10"),
                sst.domains().get(0).criteria().stream().map(CertificateSnapshot.Criterion::code).toList());
    }

    @Test
    void recognisesCleaFrameworks() {
        assertTrue(CertificateContent.isClea("CLEA"));
        assertTrue(CertificateContent.isClea("CLEA_NUMERIQUE"));
        assertTrue(CertificateContent.isClea("CléA"));
        assertFalse(CertificateContent.isClea("SST"));
        assertFalse(CertificateContent.isClea(null));
    }

    @Test
    void snapshotCountsCriteria() {
        var s = new CertificateSnapshot(null, D, null, null, null,
                CertificateContent.group(List.of(clea("1", "1.1.1", null), clea("1", "1.1.2", null))), null, null);
        assertEquals(2, s.criteriaCount());
    }
}
