package fr.sillon.domain.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Exactly what a certificate states, frozen when it is issued (stored as JSON in the certificate row).
 * The PDF and the public verification page are produced from this snapshot only, so later changes
 * in the pathway or the validations never alter an issued certificate.
 *
 * @param number      public number (null in a preview)
 * @param issuedOn    date of issue
 * @param issuer      the structure that issues it and its signatory
 * @param holder      the participant's name (no other personal data)
 * @param period      the pathway's period and hours
 * @param frameworks  validated criteria grouped by framework then domain
 * @param sst         SST certificate status, null when no SST training is recorded
 * @param verifyUrl   public verification address printed and encoded in the QR code (null in a preview)
 */
public record CertificateSnapshot(String number, LocalDate issuedOn, Issuer issuer, Holder holder, Period period,
                                  List<FrameworkSection> frameworks, Sst sst, String verifyUrl)
        implements Serializable {

    /** Note printed under every CléA framework: Sillon is not the CléA certifier. */
    public static final String CLEA_NOTE = "Préparation au CléA — Sillon n’est pas certificateur : ces critères ont été "
            + "observés et validés en situation de travail ; seul un organisme habilité délivre le certificat CléA.";
    /** Note printed under the SST status. */
    public static final String SST_NOTE = "Le certificat SST est délivré par un organisme habilité par le réseau "
            + "Assurance Maladie – Risques professionnels / INRS ; Sillon en rapporte la validité.";

    public CertificateSnapshot {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }

    /** The same snapshot with its number and verification address (when it is issued). */
    public CertificateSnapshot numbered(String newNumber, String newVerifyUrl) {
        return new CertificateSnapshot(newNumber, issuedOn, issuer, holder, period, frameworks, sst, newVerifyUrl);
    }

    /** Number of validated criteria stated. */
    public int criteriaCount() {
        return frameworks.stream().flatMap(f -> f.domains().stream()).mapToInt(d -> d.criteria().size()).sum();
    }

    public record Issuer(String structureName, String address, String city, String signatoryName, String signatoryRole) implements Serializable {
    }

    public record Holder(String firstName, String lastName) implements Serializable {
        /** The holder of a certificate whose person was anonymised (retention period over): no name left. */
        public static final Holder ANONYMISED = new Holder(null, null);

        public String fullName() {
            return anonymised() ? "Personne anonymisée" : firstName + " " + lastName;
        }

        public boolean anonymised() {
            return firstName == null && lastName == null;
        }
    }

    /** The same snapshot without anything that names its holder (what it states and its dates stay). */
    public CertificateSnapshot anonymised() {
        return new CertificateSnapshot(number, issuedOn, issuer, Holder.ANONYMISED, period, frameworks, sst, verifyUrl);
    }

    /**
     * @param entryDate   start of the pathway
     * @param exitDate    end of the pathway, null while it goes on
     * @param hours       hours of work under contract over the period (rounded), null if unknown
     */
    public record Period(LocalDate entryDate, LocalDate exitDate, BigDecimal hours) implements Serializable {
    }

    /**
     * @param clea whether this framework is CléA / CléA Numérique: its criteria are presented as preparation
     */
    public record FrameworkSection(String code, String version, String title, boolean clea, List<DomainSection> domains) implements Serializable {
        public FrameworkSection {
            domains = domains == null ? List.of() : List.copyOf(domains);
        }
    }

    public record DomainSection(String code, String title, List<Criterion> criteria) implements Serializable {
        public DomainSection {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    /**
     * @param workSituations names of the task types during which the criterion was observed
     */
    public record Criterion(String code, String title, LocalDate validatedOn, List<String> workSituations) implements Serializable {
        public Criterion {
            workSituations = workSituations == null ? List.of() : List.copyOf(workSituations);
        }
    }

    /**
     * @param certifiedOn date of the last SST certificate (initial or MAC)
     * @param validUntil  end of its validity
     * @param validOnIssue whether it was still valid on the date of issue
     */
    public record Sst(LocalDate certifiedOn, LocalDate validUntil, boolean validOnIssue) implements Serializable {
    }
}
