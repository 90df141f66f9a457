package fr.sillon.ejb.shared;

import fr.sillon.domain.access.Role;

/**
 * The security group names of {@link Role}, as constants for {@code @RolesAllowed}. A coordinator's identity also holds
 * {@link #SUPERVISOR} (the identity store maps it so), hence {@code @RolesAllowed(SUPERVISOR)} admits both kinds of
 * staff; {@code Caller.isStaff()} says the same thing for code.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String REFERENT = "REFERENT";

    private Roles() {
    }
}
