package fr.sillon.web.infra;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The policy PrimeFaces sends on Faces pages ({@code primefaces.CSP_POLICY = #{contentSecurityPolicy.policy}}): the
 * one Content-Security-Policy of {@code WEB-INF/undertow-handlers.conf}, read from the response it was set on.
 * PrimeFaces appends the response's nonce to its last directive, {@code script-src 'self'}.
 */
@Named
@RequestScoped
public class ContentSecurityPolicy {
    public String getPolicy() {
        Object response = FacesContext.getCurrentInstance().getExternalContext().getResponse();
        String policy = response instanceof HttpServletResponse http ? http.getHeader(SecurityHeadersFilter.CSP) : null;
        return policy == null ? "default-src 'self'; object-src 'none'; frame-ancestors 'none'; script-src 'self'" : policy;
    }
}
