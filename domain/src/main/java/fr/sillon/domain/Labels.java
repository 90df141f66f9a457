package fr.sillon.domain;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The French label of an enum constant, from {@code fr/sillon/domain/labels.properties}: the one place where the
 * labels of the enums are written, read by PDFs, exports, the audit trail, the timeline and the pages. The key is
 * {@code <enum simple name>.<constant>}, the enum's simple name prefixed by those of its enclosing classes for a
 * nested enum ({@code PathwayAlerts.Kind.SST_EXPIRING}).
 */
public final class Labels {
    private static final String BUNDLE = "fr.sillon.domain.labels";

    private Labels() {
    }

    /** The label of {@code value}; its constant name when the bundle has none (never null for a non-null value). */
    public static String of(Enum<?> value) {
        return value == null ? null : of(typeName(value.getDeclaringClass()), value.name());
    }

    /**
     * Another form of the label of {@code value} ({@code "one"}, {@code "plural"}: key
     * {@code <enum>.<constant>.<form>}); the constant name when the bundle has none.
     */
    public static String of(Enum<?> value, String form) {
        return value == null ? null : of(typeName(value.getDeclaringClass()), value.name() + "." + form);
    }

    /**
     * The label of the constant named {@code constant} of the enum {@code type} (its key prefix, such as
     * {@code "StructureKind"}), for views that carry a constant as its name; the name itself when the bundle has
     * none, null for a null name.
     */
    public static String of(String type, String constant) {
        if (constant == null) {
            return null;
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH).getString(type + "." + constant);
        } catch (MissingResourceException e) {
            return constant;
        }
    }

    /** The key prefix of an enum type: its simple name, after those of its enclosing classes. */
    public static String typeName(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        return name.toString();
    }
}
