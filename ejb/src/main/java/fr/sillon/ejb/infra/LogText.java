package fr.sillon.ejb.infra;

/** Text from outside (a login typed in a form, a header) made safe for one log line: no forged lines, bounded. */
public final class LogText {
    static final int MAX = 200;

    private LogText() {
    }

    /** Line breaks and other control characters shown as a backslash and a letter, or a backslash-u code. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && b.length() < MAX; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return text.length() > MAX ? b + "…" : b.toString();
    }
}
