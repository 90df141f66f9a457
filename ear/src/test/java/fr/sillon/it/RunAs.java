package fr.sillon.it;

import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs code in the container as a demo account, the way the login does it: an identity named after the login with
 * the account's security groups (a coordinator also holds SUPERVISOR). Services then see that caller.
 */
public final class RunAs {
    private RunAs() {
    }

    public static <T> T user(String login, Set<String> roles, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(login)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        return identity.runAs(action);
    }

    public static <T> T coordinator(Callable<T> action) throws Exception {
        return user("coordinatrice", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    public static <T> T supervisor(Callable<T> action) throws Exception {
        return user("encadrant", Set.of("SUPERVISOR"), action);
    }

    public static <T> T participant(Callable<T> action) throws Exception {
        return user("participant", Set.of("PARTICIPANT"), action);
    }

    public static <T> T referent(Callable<T> action) throws Exception {
        return user("referent", Set.of("REFERENT"), action);
    }

    public static <T> T admin(Callable<T> action) throws Exception {
        return user("admin", Set.of("ADMIN"), action);
    }
}
