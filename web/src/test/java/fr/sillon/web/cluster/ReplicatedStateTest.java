package fr.sillon.web.cluster;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On a cluster the web session is replicated (web.xml {@code <distributable/>}) and the view state of a view-scoped
 * bean lives in it: every view-, session- and conversation-scoped bean must be Serializable, and so must everything
 * its non-transient fields hold (down to the records of the ejb views), else a node's death loses the screen.
 * Injected services are proxies the container serialises itself.
 */
class ReplicatedStateTest {

    static List<Class<?>> replicatedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ReplicatedStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ReplicatedStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    @Test
    void everyReplicatedBeanHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = replicatedBeans();
        assertTrue(beans.size() > 10, "the scan finds the view-scoped beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
            checkInjected(bean, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckSeesAnInjectedDependentBean() {
        class Holder implements Serializable {
            @Inject
            jakarta.security.enterprise.SecurityContext security; // Soteria's: @Dependent, holds Elytron's resolver
            @Inject
            fr.sillon.ejb.activity.ActivityService activity; // an EJB: a serializable proxy
        }
        List<String> problems = new ArrayList<>();
        checkInjected(Holder.class, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("security"), problems.toString());
    }

    /**
     * What is injected into a replicated bean is serialised with it unless it is a proxy: an EJB, or a bean of a
     * normal scope. A dependent bean is copied whole (Soteria's {@code SecurityContext} carries a non-serializable
     * Elytron object: the supervisor's day page once made every session of a supervisor impossible to replicate).
     */
    static void checkInjected(Class<?> bean, List<String> problems) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(Inject.class) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                Class<?> t = f.getType();
                boolean proxied = t.getName().startsWith("fr.sillon.") && Stream.of(t.getAnnotations())
                        .map(a -> a.annotationType().getName()).anyMatch(PROXIED::contains);
                if (!proxied) {
                    problems.add(bean.getSimpleName() + "." + f.getName() + " : " + t.getName()
                            + " injected, neither an EJB nor a bean of a normal scope (it would be serialised whole)");
                }
            }
        }
    }

    static final Set<String> PROXIED = Set.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton", "jakarta.ejb.Stateful",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.view.ViewScoped");

    @Test
    void theCheckSeesANonSerializableField() {
        class Holder implements Serializable {
            Thread thread;
            List<Optional<String>> values;
            Local local;
        }
        List<String> problems = new ArrayList<>();
        check(Holder.class, "Holder", problems, new HashSet<>());
        assertEquals(3, problems.size(), problems.toString());
    }

    record Local(String name) {
    }

    /** Every non-static, non-transient, non-injected field of a class (and its superclasses), recursively. */
    static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type) || !type.getName().startsWith("fr.sillon.")) {
            return; // a library's class (JDK, PrimeFaces, Faces) declares its own serial form
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                        || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    static void checkType(Type t, String path, List<String> problems, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            checkType(raw, path, problems, seen);
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type arg : p.getActualTypeArguments()) {
                    checkType(arg, path + "<>", problems, seen);
                }
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                checkType(b, path, problems, seen);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
                return;
            }
            // collection and map interfaces: the JDK's implementations are serializable, their elements are checked;
            // a library's interface (TreeNode, …): its implementations are the library's, Serializable where it matters
            boolean trusted = c.isInterface() && !c.getName().startsWith("fr.sillon.");
            if (!trusted && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + " : " + c.getName() + " is not Serializable");
                return;
            }
            check(c, path, problems, seen);
        }
    }
}
