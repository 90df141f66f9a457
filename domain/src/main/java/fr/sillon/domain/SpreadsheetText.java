package fr.sillon.domain;

/**
 * Text written into a CSV or a spreadsheet that a person will open: a cell starting with {@code = + - @}, a tab or a
 * carriage return would run as a formula (« CSV injection », OWASP), so it is written with a leading apostrophe, which
 * spreadsheets show as text; reading Sillon's own files back removes it again.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    public static String neutralise(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value as it was before {@link #neutralise(String)}. */
    public static String restore(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
