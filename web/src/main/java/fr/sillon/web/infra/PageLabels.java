package fr.sillon.web.infra;

import fr.sillon.domain.Labels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The labels of the enums on pages, {@code #{labels.of(value)}}: the domain's {@link Labels} (the one source), with
 * the first letter in capitals as a label stands at the head of a cell, an option or a tag. The web bundle holds
 * screen texts only.
 */
@Named("labels")
@ApplicationScoped
public class PageLabels {
    /** The label of an enum constant, null for null. */
    public String of(Enum<?> value) {
        return capitalised(Labels.of(value));
    }

    /** The label of a constant that a view carries by its name: {@code #{labels.named('StructureKind', s.kind())}}. */
    public String named(String type, String constant) {
        return capitalised(Labels.of(type, constant));
    }

    static String capitalised(String label) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        int first = label.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(label, Character.charCount(first), label.length()).toString();
    }
}
