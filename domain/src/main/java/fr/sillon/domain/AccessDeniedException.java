package fr.sillon.domain;

/** The caller is authenticated but may not do this (answered as 403, and audited). */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
