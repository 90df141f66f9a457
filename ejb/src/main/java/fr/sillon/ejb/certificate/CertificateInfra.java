package fr.sillon.ejb.certificate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Application-wide PDF machinery of certificates: renderer (fonts and profile loaded once), signer (keystore from
 * the environment, or the demo key in the server data directory) and the public base address of verification.
 */
@ApplicationScoped
public class CertificateInfra {
    /** Public address of the application, e.g. {@code https://sillon.example.fr} (environment or system property). */
    public static final String ENV_PUBLIC_URL = "SILLON_PUBLIC_URL";

    private volatile CertificatePdf pdf;

    public CertificatePdf pdf() {
        CertificatePdf p = pdf;
        if (p == null) {
            synchronized (this) {
                if (pdf == null) {
                    pdf = new CertificatePdf(new CertificateRenderer(), CertificateSigner.fromEnvironment());
                }
                p = pdf;
            }
        }
        return p;
    }

    /** Public verification address of a certificate, its secret code included; printed and in the QR code. */
    public String verifyUrl(String number, String code) {
        String base = System.getProperty("sillon.public.url", System.getenv().getOrDefault(ENV_PUBLIC_URL,
                "http://localhost:8080"));
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/sillon/verify/" + number + "/" + code;
    }
}
