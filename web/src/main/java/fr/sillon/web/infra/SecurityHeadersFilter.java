package fr.sillon.web.infra;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every response are set by Undertow before anything else runs
 * ({@code WEB-INF/undertow-handlers.conf}: nosniff, no framing, referrer, permissions, HSTS over HTTPS, SameSite and
 * Secure cookies, and the Content-Security-Policy), so that they cover the authentication mechanism's answers too.
 *
 * <p>Faces pages run PrimeFaces in CSP mode ({@code primefaces.CSP} in web.xml): PrimeFaces sends that same policy
 * ({@link ContentSecurityPolicy}) plus the nonce of the response for its scripts. A browser enforces every CSP header
 * it receives, so PrimeFaces' header must <em>replace</em> the default one: that is all this filter does.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {
    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
