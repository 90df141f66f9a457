package fr.sillon.ejb.access;

import fr.sillon.domain.AccessDeniedException;
import fr.sillon.domain.access.Role;

/** Who is calling a service: resolved once per request from the authenticated principal. */
public record Caller(long userId, String login, String displayName, Role role, Long structureId,
                     Long partnerOrganisationId) {

    public boolean is(Role r) {
        return role == r;
    }

    /** Coordinators can do everything supervisors can. */
    public boolean isStaff() {
        return role == Role.SUPERVISOR || role == Role.COORDINATOR;
    }

    /** The caller's structure (tenant); refuses callers without one (admin, referent). */
    public long structure() {
        if (structureId == null) {
            throw new AccessDeniedException();
        }
        return structureId;
    }
}
