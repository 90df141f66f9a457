package fr.sillon.domain.certificate;

import fr.sillon.domain.DomainException;
import java.util.regex.Pattern;

/**
 * Public number of a certificate: {@code SIL-<year>-<sequence on 6 digits at least>}, e.g. {@code SIL-2026-000123}.
 * The sequence restarts every year; it is drawn from the database so that it is unique under concurrency.
 */
public final class CertificateNumber {
    public static final String PREFIX = "SIL";
    public static final int MAX_LENGTH = 30;
    private static final Pattern FORMAT = Pattern.compile("SIL-\\d{4}-\\d{6,12}");

    private CertificateNumber() {
    }

    public static String format(int year, long sequence) {
        if (year < 2000 || year > 9999) {
            throw new DomainException("certificate.number.year", year);
        }
        if (sequence < 1 || sequence > 999_999_999_999L) {
            throw new DomainException("certificate.number.sequence", sequence);
        }
        return String.format("%s-%04d-%06d", PREFIX, year, sequence);
    }

    /** Whether a text (from a URL, a form) has the shape of a certificate number; cheap check before any query. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= MAX_LENGTH && FORMAT.matcher(text).matches();
    }

    /** Trims and upper-cases what someone typed; returns null when it cannot be a number. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String n = text.strip().toUpperCase(java.util.Locale.ROOT);
        return isWellFormed(n) ? n : null;
    }
}
