package fr.sillon.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A broken business rule. Carries a message key of the bundle {@code fr.sillon.domain.messages}
 * so that every layer (service, page, REST) shows the same French sentence.
 */
public class DomainException extends RuntimeException {
    private static final Locale FRENCH = Locale.FRENCH;
    private final String key;
    private final transient Object[] args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return args.clone();
    }

    /** The French sentence for this violation. */
    @Override
    public String getMessage() {
        return format(key, args);
    }

    /** Formats a key of the domain bundle in French; unknown keys are returned as they are. */
    public static String format(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("fr.sillon.domain.messages", FRENCH).getString(key);
            return new MessageFormat(pattern, FRENCH).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
