package fr.sillon.domain.certificate;

/** Life of a certificate: valid until revoked, or replaced by a re-issue (which gets a new number). */
public enum CertificateStatus {
    VALID, REVOKED, REPLACED
}
