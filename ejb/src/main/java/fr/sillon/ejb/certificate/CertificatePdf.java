package fr.sillon.ejb.certificate;

import fr.sillon.domain.certificate.CertificateSnapshot;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

/** Renders, signs and hashes a certificate: the one place where the three steps are chained. */
public final class CertificatePdf {
    /** A signed PDF and the SHA-256 (lower-case hex) of its bytes. */
    public record Signed(byte[] pdf, String sha256) {
    }

    private final CertificateRenderer renderer;
    private final CertificateSigner signer;
    private final CertificateVerifier verifier;

    public CertificatePdf(CertificateRenderer renderer, CertificateSigner signer) {
        this.renderer = renderer;
        this.signer = signer;
        this.verifier = new CertificateVerifier(List.of(signer.certificate().getPublicKey()));
    }

    /** Unsigned rendering of a snapshot (previews). */
    public byte[] preview(CertificateSnapshot snapshot) {
        return renderer.render(snapshot);
    }

    /** Renders and signs a numbered snapshot. */
    public Signed issue(CertificateSnapshot snapshot, LocalDateTime at) {
        if (snapshot.number() == null) {
            throw new IllegalArgumentException("Une attestation délivrée doit avoir un numéro");
        }
        byte[] unsigned = renderer.render(snapshot);
        Calendar when = GregorianCalendar.from(at.atZone(ZoneId.systemDefault()));
        byte[] signed = signer.sign(unsigned, snapshot.number(), snapshot.issuer().structureName(),
                snapshot.issuer().city(), when);
        return new Signed(signed, CertificateVerifier.sha256(signed));
    }

    public CertificateVerifier.Result verify(byte[] bytes) {
        return verifier.verify(bytes);
    }

    public CertificateSigner signer() {
        return signer;
    }
}
