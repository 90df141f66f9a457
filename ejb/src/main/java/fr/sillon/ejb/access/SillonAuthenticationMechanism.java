package fr.sillon.ejb.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism, two ways in:
 * <ul>
 *   <li>pages: form login on {@code /login.xhtml} (the login bean calls {@code SecurityContext.authenticate}, checked
 *   by the identity store), the HTTP session then carries the caller; an anonymous request to a protected page is
 *   redirected to the login page;</li>
 *   <li>REST {@code /api/*}: {@code Authorization: Bearer <token>} on every request, a token issued by
 *   {@code POST /api/v1/tokens} (the only API call that checks a password) and recognised by one indexed lookup of its
 *   SHA-256 ({@link ApiTokenAuthenticator}); never a session: the API neither creates one nor accepts the page
 *   session cookie; HTTP Basic is refused. 401 otherwise.</li>
 * </ul>
 * The session of pages is applied here, for pages only (what {@code @AutoApplySession} would do for every path,
 * the API included). It lives in the ejb module, not in web, on purpose: Jakarta Security on WildFly registers its
 * bridge in every web module of the EAR, and each module (the application's and the test module of the integration
 * tests) must resolve one and the same mechanism.
 */
@ApplicationScoped
public class SillonAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: id of the API token that authenticated the request (for {@code DELETE /api/v1/tokens/current}). */
    public static final String TOKEN_ID = "fr.sillon.apiTokenId";
    static final String TOKEN_ENDPOINT = "/api/v1/tokens";
    /** Session attribute: the caller signed in on the login page. */
    static final String SESSION_CALLER = "fr.sillon.caller";

    /** Who signed in, as the session keeps it (replicated as it is to every cluster node). */
    record SessionCaller(String login, Set<String> groups) implements java.io.Serializable {
    }

    @Inject
    IdentityStoreHandler identityStoreHandler;
    @Inject
    ApiTokenAuthenticator tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isApi(request)) {
            return bearer(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) { // programmatic login from the login page
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.doNothing();
            }
            // the caller kept in the HTTP session as plain Serializable data (issue 17: the session is replicated to
            // the other cluster nodes; Soteria's registerSession keeps a non-serializable Elytron object there)
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation
            }
            request.getSession().setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.login(), caller.groups()); // the session of a page login
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if ("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + TOKEN_ENDPOINT)) {
            return context.doNothing(); // the token endpoint checks the password itself
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokenAuthenticator.Bearer> caller = tokens.recognise(header.substring(7).trim());
            if (caller.isPresent()) {
                request.setAttribute(TOKEN_ID, caller.get().tokenId());
                return context.notifyContainerAboutLogin(caller.get().login(), caller.get().groups());
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Sillon\", error=\"invalid_token\"");
        } else {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Sillon\"");
        }
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
