package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × action matrix over every public method of every application service ({@code @Stateless} in
 * {@code fr.sillon.ejb}): each method must declare who may call it, and the container must refuse every other role.
 * Each method is called as each demo account; a refused role must get {@link EJBAccessException}, an allowed role
 * must get past the security check (whatever the method then does with empty arguments).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {
    /** Demo accounts and their security groups (a coordinator also holds SUPERVISOR). */
    static final Map<String, Set<String>> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("admin", Set.of("ADMIN"));
        ACCOUNTS.put("coordinatrice", Set.of("COORDINATOR", "SUPERVISOR"));
        ACCOUNTS.put("encadrant", Set.of("SUPERVISOR"));
        ACCOUNTS.put("participant", Set.of("PARTICIPANT"));
        ACCOUNTS.put("referent", Set.of("REFERENT"));
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AccessMatrixIT.class);
    }

    @Inject
    BeanManager beanManager;

    List<Class<?>> services() {
        Set<Class<?>> classes = new java.util.HashSet<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> c = bean.getBeanClass();
            if (c.getName().startsWith("fr.sillon.ejb.") && c.isAnnotationPresent(Stateless.class)) {
                classes.add(c);
            }
        }
        List<Class<?>> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparing(Class::getName));
        return sorted;
    }

    static List<Method> businessMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    static Set<String> allowedRoles(Method m) {
        if (m.isAnnotationPresent(PermitAll.class)) {
            return Set.of("*");
        }
        if (m.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        RolesAllowed r = m.getAnnotation(RolesAllowed.class);
        if (r == null) {
            r = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (r == null && m.getDeclaringClass().isAnnotationPresent(PermitAll.class)) {
            return Set.of("*");
        }
        return r == null ? null : Set.of(r.value());
    }

    @Test
    void theMatrixCoversTheServices() {
        List<Class<?>> services = services();
        assertTrue(services.size() >= 3, "services found: " + services);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : services) {
            for (Method m : businessMethods(service)) {
                if (allowedRoles(m) == null) {
                    undeclared.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "every service method must declare its roles (@RolesAllowed, or @PermitAll on purpose)");
    }

    @Test
    void everyServiceMethodRefusesTheRolesItDoesNotName() throws Exception {
        List<String> violations = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> service : services()) {
            Object proxy = beanManager.createInstance().select(service).get();
            for (Method m : businessMethods(service)) {
                Set<String> allowed = allowedRoles(m);
                if (allowed == null || allowed.contains("*")) {
                    continue;
                }
                for (Map.Entry<String, Set<String>> account : ACCOUNTS.entrySet()) {
                    boolean mayCall = account.getValue().stream().anyMatch(allowed::contains);
                    boolean refused = RunAs.user(account.getKey(), account.getValue(), () -> invokeRefused(proxy, m));
                    if (mayCall == refused) {
                        violations.add(service.getSimpleName() + "." + m.getName() + " as " + account.getKey()
                                + (mayCall ? " was refused" : " was allowed"));
                    }
                }
                checked.add(service.getSimpleName() + "." + m.getName());
            }
        }
        assertEquals(List.of(), violations);
        assertFalse(checked.isEmpty());
        System.out.println("Matrice rôles × actions : " + checked.size() + " méthodes × " + ACCOUNTS.size() + " comptes vérifiées");
    }

    /** Calls the method through the container with empty arguments; true when the container refused the caller. */
    private static boolean invokeRefused(Object proxy, Method m) {
        Object[] args = Arrays.stream(m.getParameterTypes()).map(AccessMatrixIT::emptyValue).toArray();
        try {
            proxy.getClass().getMethod(m.getName(), m.getParameterTypes()).invoke(proxy, args);
            return false;
        } catch (InvocationTargetException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
