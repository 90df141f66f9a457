package fr.sillon.ejb.funding;

import fr.sillon.domain.funding.FteRules;

/** The deployment's FTE basis: {@code SILLON_HOURS_PER_FTE} (hours a year), 1 820 unless set. */
final class FundingSettings {
    private FundingSettings() {
    }

    static int hoursPerFte() {
        String v = System.getenv("SILLON_HOURS_PER_FTE");
        if (v == null || v.isBlank()) {
            v = System.getProperty("sillon.hoursPerFte");
        }
        try {
            int n = v == null || v.isBlank() ? FteRules.DEFAULT_HOURS_PER_FTE : Integer.parseInt(v.strip());
            return n > 0 ? n : FteRules.DEFAULT_HOURS_PER_FTE;
        } catch (NumberFormatException e) {
            return FteRules.DEFAULT_HOURS_PER_FTE;
        }
    }
}
