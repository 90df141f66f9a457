package fr.sillon.domain;

/** The record asked for does not exist, or the caller may not know that it exists (answered as 404). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
