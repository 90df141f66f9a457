package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Trainings followed during a pathway. SST certificates are valid 24 months (renewed by a MAC). */
public enum TrainingKind {
    /** Sauveteur secouriste du travail, formation initiale (14 h). */
    SST_INITIAL(new BigDecimal("14")),
    /** SST maintien et actualisation des compétences (7 h), every 24 months. */
    SST_MAC(new BigDecimal("7")),
    /** CléA évaluation préalable (starts the 5-year window), with a result per domain. */
    CLEA_PREALABLE(null),
    /** CléA évaluation finale, with a result per domain. */
    CLEA_FINALE(null),
    /** Any other training: free title, hours, certificate. */
    OTHER(null);

    /** Validity of an SST certificate. */
    public static final int SST_VALIDITY_MONTHS = 24;

    private final BigDecimal standardHours;

    TrainingKind(BigDecimal standardHours) {
        this.standardHours = standardHours;
    }

    /** The French label, from the domain's {@code labels.properties}. */
    public String label() {
        return Labels.of(this);
    }

    /** Regulatory duration when there is one (SST 14 h, MAC 7 h), otherwise null. */
    public BigDecimal standardHours() {
        return standardHours;
    }

    public boolean isSst() {
        return this == SST_INITIAL || this == SST_MAC;
    }

    public boolean isClea() {
        return this == CLEA_PREALABLE || this == CLEA_FINALE;
    }

    /**
     * Last day an SST certificate obtained on {@code certificateDate} is valid: the last day of the 24 months counted
     * « de date à date » ({@link Periods#lastDayAfterMonths}): obtained on 10/03/2025, valid through 09/03/2027.
     * Null for other trainings. Choice: « valable 24 mois » (INRS, réseau Assurance Maladie – Risques professionnels)
     * read as a period of 24 months that
     * includes the day of the certificate, the same rule as every other duration in Sillon.
     */
    public LocalDate expiry(LocalDate certificateDate) {
        return isSst() && certificateDate != null ? sstLastValidDay(certificateDate) : null;
    }

    /** Last day of validity of an SST certificate obtained on {@code certificateDate}. */
    public static LocalDate sstLastValidDay(LocalDate certificateDate) {
        return Periods.lastDayAfterMonths(certificateDate, SST_VALIDITY_MONTHS);
    }

    /** True when an SST certificate obtained on {@code certificateDate} is still valid on {@code day}. */
    public static boolean sstValidOn(LocalDate certificateDate, LocalDate day) {
        return certificateDate != null && !certificateDate.isAfter(day)
                && !day.isAfter(sstLastValidDay(certificateDate));
    }
}
