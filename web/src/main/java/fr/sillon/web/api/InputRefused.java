package fr.sillon.web.api;

/**
 * An API input refused before any service sees it (a JSON value of the wrong type, a number out of its bounds, a
 * query parameter that is not a number): answered 400 with its French message by {@link ApiExceptionMapper}.
 */
public class InputRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputRefused(String message) {
        super(message, null, false, false);
    }

    /** A query parameter as a whole number within {@code min..max}; its default when absent or blank. */
    public static int intParam(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputRefused("Paramètre « " + name + " » : un nombre entier de " + min + " à " + max
                + " est attendu (reçu « " + shorten(value) + " »).");
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
