package fr.sillon.ejb.shared;

/** Normalisation of free text typed in forms. */
public final class Text {
    private Text() {
    }

    /** The text trimmed, or null when it is null or blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
