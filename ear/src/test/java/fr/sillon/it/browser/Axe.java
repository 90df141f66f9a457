package fr.sillon.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's build shipped in {@code com.deque.html.axe-core:selenium}) run in the page by Selenium: the script
 * is evaluated through the DevTools protocol, so it needs no change to Sillon's Content-Security-Policy. Only the
 * WCAG 2.0/2.1 A and AA rules are run.
 */
final class Axe {
    private static final String SOURCE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' node(s)): '
                     + v.help + ' — ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')
                     + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));
            """;

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The A/AA violations of the page as it is now, one line per rule (empty when the page passes). */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser b) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        Object result = js.executeAsyncScript(RUN);
        return ((List<Object>) result).stream().map(String::valueOf).toList();
    }
}
