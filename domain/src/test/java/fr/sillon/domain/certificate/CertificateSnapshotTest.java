package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateSnapshotTest {
    static final CertificateSnapshot SNAPSHOT = new CertificateSnapshot("SIL-2026-000001", LocalDate.of(2026, 3, 2),
            new CertificateSnapshot.Issuer("Les Jardins", "1 rue des Semis", "Rennes", "Hélène", "Directrice"),
            new CertificateSnapshot.Holder("Zoé", "Lœwenbrück"), null, List.of(), null,
            "https://sillon.example.fr/sillon/verify/SIL-2026-000001/K7M21-Q9X40");

    @Test
    void anAnonymisedSnapshotNamesNobodyAndKeepsTheRest() {
        CertificateSnapshot a = SNAPSHOT.anonymised();
        assertTrue(a.holder().anonymised());
        assertEquals("Personne anonymisée", a.holder().fullName());
        assertFalse(a.toString().contains("Zoé") || a.toString().contains("Lœwenbrück"), a.toString());
        assertEquals(SNAPSHOT.number(), a.number());
        assertEquals(SNAPSHOT.issuer(), a.issuer());
        assertEquals(SNAPSHOT.verifyUrl(), a.verifyUrl());
        assertEquals("Zoé Lœwenbrück", SNAPSHOT.holder().fullName());
        assertFalse(SNAPSHOT.holder().anonymised());
    }
}
