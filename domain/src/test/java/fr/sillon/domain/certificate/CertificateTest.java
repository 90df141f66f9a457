package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CertificateTest {
    private static final String HASH = "a".repeat(64);
    private static final String CODE = "K7M21-Q9X40";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    private Certificate certificate() {
        return new Certificate(1, "SIL-2026-000001", 2, 3, NOW, "cip", "{}", new byte[] {1}, HASH, CODE);
    }

    @Test
    void newCertificateIsValid() {
        assertEquals(CertificateStatus.VALID, certificate().getStatus());
    }

    @Test
    void refusesMalformedNumberOrHash() {
        assertThrows(DomainException.class,
                () -> new Certificate(1, "X-1", 2, 3, NOW, "cip", "{}", new byte[] {1}, HASH, CODE));
        assertThrows(DomainException.class,
                () -> new Certificate(1, "SIL-2026-000001", 2, 3, NOW, "cip", "{}", new byte[] {1}, "A".repeat(64), CODE));
        assertThrows(DomainException.class,
                () -> new Certificate(1, "SIL-2026-000001", 2, 3, NOW, "cip", "{}", new byte[] {1}, "a".repeat(63), CODE));
        assertEquals("certificate.code.invalid", assertThrows(DomainException.class,
                () -> new Certificate(1, "SIL-2026-000001", 2, 3, NOW, "cip", "{}", new byte[] {1}, HASH, "1234")).getKey());
        assertEquals(CODE, new Certificate(1, "SIL-2026-000001", 2, 3, NOW, "cip", "{}", new byte[] {1}, HASH,
                "k7m2l q9x4o").getVerificationCode(), "kept in its canonical form");
    }

    @Test
    void revokeRecordsWhoWhenWhy() {
        Certificate c = certificate();
        c.revoke("direction", NOW.plusDays(1), "  Erreur sur le nom  ");
        assertEquals(CertificateStatus.REVOKED, c.getStatus());
        assertEquals("direction", c.getRevokedBy());
        assertEquals(NOW.plusDays(1), c.getRevokedAt());
        assertEquals("Erreur sur le nom", c.getRevokeReason());
    }

    @Test
    void revokeNeedsAReasonOfAtMost500Characters() {
        Certificate c = certificate();
        DomainException e = assertThrows(DomainException.class, () -> c.revoke("d", NOW, " "));
        assertEquals("certificate.reason.required", e.getKey());
        assertThrows(DomainException.class, () -> c.revoke("d", NOW, null));
        e = assertThrows(DomainException.class, () -> c.revoke("d", NOW, "x".repeat(501)));
        assertEquals("certificate.reason.tooLong", e.getKey());
        c.revoke("d", NOW, "x".repeat(500));
        assertEquals(CertificateStatus.REVOKED, c.getStatus());
    }

    @Test
    void aRevokedOrReplacedCertificateCannotChangeAgain() {
        Certificate revoked = certificate();
        revoked.revoke("d", NOW, "motif");
        DomainException e = assertThrows(DomainException.class, () -> revoked.revoke("d", NOW, "encore"));
        assertEquals("certificate.notValid", e.getKey());
        assertThrows(DomainException.class, () -> revoked.replaceBy(9, "d", NOW, "rééditée"));

        Certificate replaced = certificate();
        replaced.replaceBy(9, "d", NOW, "Ajout de critères validés");
        assertEquals(CertificateStatus.REPLACED, replaced.getStatus());
        assertEquals(9L, replaced.getReplacedById());
        assertThrows(DomainException.class, () -> replaced.revoke("d", NOW, "motif"));
    }

    @Test
    void frenchMessageExists() {
        DomainException e = assertThrows(DomainException.class, () -> Certificate.checkReason(""));
        assertEquals("Indiquez le motif.", e.getMessage());
    }
}
