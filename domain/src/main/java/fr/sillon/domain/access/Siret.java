package fr.sillon.domain.access;

import fr.sillon.domain.DomainException;

/**
 * The SIRET of an establishment: 14 digits (SIREN + NIC) whose Luhn checksum is valid. La Poste's establishments
 * (SIREN 356000000) follow their own rule instead: the sum of the digits is a multiple of 5 (INSEE).
 */
public final class Siret {
    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /** The SIRET without spaces; refused unless 14 digits with a valid checksum. Null or blank gives null. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String siret = raw.replace(" ", "").replace("\u00a0", "");
        if (!siret.matches("[0-9]{14}")) {
            throw new DomainException("access.siret.format");
        }
        if (!isValid(siret)) {
            throw new DomainException("access.siret.checksum", siret);
        }
        return siret;
    }

    /** True for 14 digits with a valid checksum. */
    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals("35600000000048")) {
            int sum = 0;
            for (char c : siret.toCharArray()) {
                sum += c - '0';
            }
            return sum % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
