package fr.sillon.domain.access;

import fr.sillon.domain.DomainException;

/** Trimming and length rules of the free texts of the access context. */
final class Texts {
    private Texts() {
    }

    static String required(String raw, String missingKey, int max, String label) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(missingKey);
        }
        return optional(raw, max, label);
    }

    static String optional(String raw, int max, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip();
        if (t.length() > max) {
            throw new DomainException("access.field.tooLong", label, max);
        }
        return t;
    }
}
