package fr.sillon.domain.framework;

import fr.sillon.domain.DomainException;
import java.util.Arrays;

/**
 * One problem found in an imported file: its line (1-based, 0 when it concerns the whole file),
 * the message key of the domain bundle and its arguments.
 */
public record ImportError(int line, String key, Object... args) {
    public ImportError {
        args = args == null ? new Object[0] : args.clone();
    }

    /** The French sentence, e.g. « Ligne 4 : le parent « 9 » de « 9.1 » n'existe pas dans le fichier. » */
    public String message() {
        String text = DomainException.format(key, args);
        if (line > 0) {
            return DomainException.format("framework.import.line", line, text);
        }
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportError e && e.line == line && e.key.equals(key) && Arrays.equals(e.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * line + key.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return message();
    }
}
