package fr.sillon.web.certificate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public verification pages ({@code /verify/…}, {@code /verify.xhtml}) are rate-limited per client address
 * (issue 14, point 2): {@value #MAX_PER_MINUTE} requests a minute, then 429 with a French page and {@code Retry-After}
 * until the minute is over. Per node and in memory, on purpose: it only has to make guessing numbers and codes slow
 * (a code has 50 bits); the anonymous PDF checks have their own worker pool.
 */
@WebFilter(urlPatterns = {"/verify/*", "/verify.xhtml"}, filterName = "PublicRateLimit")
public class PublicRateLimit extends HttpFilter {
    static final int MAX_PER_MINUTE = 60;
    private static final long MINUTE = 60_000;
    private static final int MAX_ADDRESSES = 100_000;

    /** Requests of one address in its current one-minute window. */
    record Window(long start, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long now = System.currentTimeMillis();
        if (windows.size() > MAX_ADDRESSES) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= MINUTE); // bounded memory
        }
        Window w = windows.compute(request.getRemoteAddr(), (a, old) -> old == null || now - old.start() >= MINUTE
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() > MAX_PER_MINUTE) {
            long wait = Math.max(1, (w.start() + MINUTE - now + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait));
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>"
                    + "Trop de demandes — Sillon</title></head><body><main><h1>Trop de demandes</h1><p>Trop de"
                    + " vérifications depuis votre adresse. Réessayez dans " + wait + " secondes.</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
