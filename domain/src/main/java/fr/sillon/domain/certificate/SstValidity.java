package fr.sillon.domain.certificate;

import java.time.LocalDate;

/** Validity of an SST certificate as stated on a Sillon certificate. */
public final class SstValidity {
    /** An SST certificate is valid 24 months, renewed by a MAC (INRS rules of the SST). */
    public static final int VALIDITY_MONTHS = 24;

    private SstValidity() {
    }

    /**
     * @param certifiedOn date of the last SST certificate (initial or MAC); null → no SST to state
     * @param expiresOn   end of validity when recorded; otherwise the last day of the 24 months from {@code certifiedOn}
     * @param issuedOn    date of the Sillon certificate
     */
    public static CertificateSnapshot.Sst of(LocalDate certifiedOn, LocalDate expiresOn, LocalDate issuedOn) {
        if (certifiedOn == null) {
            return null;
        }
        LocalDate until = expiresOn != null ? expiresOn : fr.sillon.domain.pathway.TrainingKind.sstLastValidDay(certifiedOn);
        return new CertificateSnapshot.Sst(certifiedOn, until, !issuedOn.isAfter(until));
    }
}
