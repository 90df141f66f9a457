package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
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
 * The role × action matrix over every public business method of every application service (EJBs of
 * {@code fr.sillon.ejb}), checked against {@link AccessSpecification#SERVICES} — the expected accounts are written
 * from the design, never read from the annotations under test. Each method is called through the container as each
 * demo account (and anonymously): an account the table does not name must get {@link EJBAccessException}; an account
 * it names must get past the container's check (whatever the method then does with empty arguments).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AccessMatrixIT.class, AccessSpecification.class, AccessSpecification.Account.class);
    }

    @Inject
    BeanManager beanManager;

    List<Class<?>> services() {
        Set<Class<?>> classes = new java.util.HashSet<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> c = bean.getBeanClass();
            if (c.getName().startsWith("fr.sillon.ejb.")
                    && (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class))) {
                classes.add(c);
            }
        }
        List<Class<?>> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparing(Class::getName));
        return sorted;
    }

    /** Public instance methods, inherited ones included (Object's aside). */
    static List<Method> businessMethods(Class<?> service) {
        return Arrays.stream(service.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic() && !m.isBridge()
                        && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    /** {@code context.Service.method}, the key of the specification. */
    static String key(Class<?> service, Method m) {
        String pkg = service.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1) + "." + service.getSimpleName() + "." + m.getName();
    }

    @Test
    void theSpecificationNamesEveryServiceMethodAndNothingElse() {
        Map<String, Set<Character>> spec = AccessSpecification.parse(AccessSpecification.SERVICES);
        Set<String> found = new TreeSet<>();
        for (Class<?> service : services()) {
            businessMethods(service).forEach(m -> found.add(key(service, m)));
        }
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(spec.keySet());
        Set<String> stale = new TreeSet<>(spec.keySet());
        stale.removeAll(found);
        assertEquals(Set.of(), missing, "service methods the access specification does not name");
        assertEquals(Set.of(), stale, "rows of the access specification that name no service method");
        assertEquals(spec.size(), found.size());
        assertTrue(found.size() >= 112, "methods found: " + found.size()); // 112 at the time of writing
    }

    @Test
    void everyServiceMethodLetsThroughExactlyTheAccountsTheSpecificationNames() throws Exception {
        Map<String, Set<Character>> spec = AccessSpecification.parse(AccessSpecification.SERVICES);
        List<String> violations = new ArrayList<>();
        int calls = 0;
        int methods = 0;
        Set<String> checked = new TreeSet<>();
        for (Class<?> service : services()) {
            Object proxy = beanManager.createInstance().select(service).get();
            for (Method m : businessMethods(service)) {
                Set<Character> allowed = spec.get(key(service, m));
                if (allowed == null) {
                    continue; // reported by the test above
                }
                for (var account : AccessSpecification.ACCOUNTS.entrySet()) {
                    boolean mayCall = AccessSpecification.allows(allowed, account.getKey());
                    boolean refused = RunAs.user(account.getValue().login(), account.getValue().groups(),
                            () -> invokeRefused(proxy, m));
                    calls++;
                    if (mayCall == refused) {
                        violations.add(key(service, m) + " as " + account.getValue().login()
                                + (mayCall ? " was refused" : " was allowed"));
                    }
                }
                boolean anonymousRefused = invokeRefused(proxy, m);
                calls++;
                if (allowed.contains('*') == anonymousRefused) {
                    violations.add(key(service, m) + " anonymously" + (anonymousRefused ? " was refused" : " was allowed"));
                }
                checked.add(key(service, m));
                methods++;
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(spec.size(), checked.size(), "every row of the specification checked");
        assertEquals(methods * (AccessSpecification.ACCOUNTS.size() + 1), calls, "each method called as each account and anonymously");
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
