package fr.sillon.domain;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The French label of an enum constant, from {@code fr/sillon/domain/labels.properties} (key
 * {@code <enum simple name>.<constant>}): the one place where the domain's labels are written.
 */
public final class Labels {
    private static final String BUNDLE = "fr.sillon.domain.labels";

    private Labels() {
    }

    /** The label of {@code value}; its constant name when the bundle has none (never null for a non-null value). */
    public static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH)
                    .getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
        } catch (MissingResourceException e) {
            return value.name();
        }
    }
}
