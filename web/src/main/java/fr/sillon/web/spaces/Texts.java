package fr.sillon.web.spaces;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** French texts of the web bundle for the spaces' beans. */
final class Texts {
    private Texts() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("fr.sillon.web.messages", Locale.FRENCH).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
    }
}
