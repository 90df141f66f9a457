package fr.sillon.domain.framework;

import fr.sillon.domain.DomainException;
import java.util.List;

/** Outcome of reading a framework file: the document when the whole file is valid, else every error found. */
public record ImportResult(FrameworkDocument document, List<ImportError> errors) {
    public ImportResult {
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (document == null)) {
            throw new IllegalArgumentException("a result has either a document or errors");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The document, or a {@link DomainException} whose arguments are the French error messages. */
    public FrameworkDocument orThrow() {
        if (!isValid()) {
            throw new InvalidImportException(errors);
        }
        return document;
    }

    /** An import refused because the file has errors; nothing was saved. */
    public static class InvalidImportException extends DomainException {
        private final transient List<ImportError> errors;

        public InvalidImportException(List<ImportError> errors) {
            super("framework.import.invalid", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<ImportError> getErrors() {
            return errors;
        }
    }
}
