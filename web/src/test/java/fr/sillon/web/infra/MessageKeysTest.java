package fr.sillon.web.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sillon.domain.access.Role;
import fr.sillon.web.spaces.Navigation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen text a page or a bean names exists in the web bundle: a key written in a page ({@code msg['…']}) or in
 * Java ({@code Ui.text("…")}, {@code Ui.info("…")}) is looked for, and a key built from a prefix
 * ({@code msg['a.b.'.concat(x)]}, {@code "a.b." + x}) must have at least one key under it. A missing key is a
 * MissingResourceException, that is an error page, at the first view that shows it.
 */
class MessageKeysTest {
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat");
    private static final Pattern JAVA_KEY = Pattern.compile("Ui\\.(?:text|info)\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern JAVA_PREFIX = Pattern.compile("Ui\\.(?:text|info)\\(\"([A-Za-z0-9_.]+\\.)\" *\\+");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/fr/sillon/web/messages.properties"))) {
            p.load(in);
        }
        return p;
    }

    private static List<String> problems(Path root, String glob, Pattern key, Pattern prefix, Properties bundle)
            throws IOException {
        List<String> out = new ArrayList<>();
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> matcher.matches(root.relativize(f))).forEach(f -> {
                String text;
                try {
                    text = Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (Matcher m = key.matcher(text); m.find(); ) {
                    if (!bundle.containsKey(m.group(1))) {
                        out.add(root.relativize(f) + ": " + m.group(1));
                    }
                }
                for (Matcher m = prefix.matcher(text); m.find(); ) {
                    String p = m.group(1);
                    if (bundle.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
                        out.add(root.relativize(f) + ": " + p + "…");
                    }
                }
            });
        }
        return out;
    }

    @Test
    void everyKeyThePagesAndBeansNameIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        missing.addAll(problems(Path.of("src/main/webapp"), "**.xhtml", PAGE_KEY, PAGE_PREFIX, bundle));
        missing.addAll(problems(Path.of("src/main/java"), "**.java", JAVA_KEY, JAVA_PREFIX, bundle));
        assertEquals(List.of(), missing, "keys missing in messages.properties");
    }

    @Test
    void everyNavigationLinkHasItsLabel() throws IOException {
        Properties bundle = bundle();
        for (Role role : Role.values()) {
            for (Navigation.Item item : Navigation.itemsOf(role)) {
                assertTrue(bundle.containsKey(item.label()), role + " " + item.view() + ": " + item.label());
            }
        }
    }

    @Test
    void theCheckFindsAMissingKey() throws IOException {
        Path dir = Files.createTempDirectory("keys");
        Files.writeString(dir.resolve("a.xhtml"), "<p>#{msg['no.such.key']} #{msg['no.such.prefix.'.concat(x)]}</p>");
        assertEquals(List.of("a.xhtml: no.such.key", "a.xhtml: no.such.prefix.…"),
                problems(dir, "**.xhtml", PAGE_KEY, PAGE_PREFIX, bundle()));
    }
}
