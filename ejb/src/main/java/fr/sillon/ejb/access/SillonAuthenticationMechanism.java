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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import fr.sillon.domain.access.AuditEntry;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
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

    /** The second step of a sign-in (code of the authenticator application), and the enrolment page. */
    public static final String TOTP_PAGE = "/totp.xhtml";
    public static final String TOTP_ENROL_PAGE = "/account/totp.xhtml";
    /** Session attribute: signed in with the password, the second factor still to give. */
    static final String PENDING_CALLER = "fr.sillon.pendingCaller";
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);
    /** Where a person whose password is provisional is sent until they choose one. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** A web session ends this long after its sign-in, however active (the idle limit is web.xml's 30 minutes). */
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

    /**
     * Who signed in, as the session keeps it (replicated as it is to every cluster node): with the date of the
     * password change seen at sign-in (the session ends when the password changes), whether the password must be
     * changed first, and when the sign-in happened (absolute lifetime).
     */
    record SessionCaller(String login, Set<String> groups, String passwordStamp, boolean mustChangePassword,
                         long signedInAtMillis) implements java.io.Serializable {
    }

    @Inject
    IdentityStoreHandler identityStoreHandler;
    @Inject
    ApiTokenAuthenticator tokens;
    @Inject
    AccountService accounts;
    @Inject
    LoginThrottle throttle;
    @Inject
    LoginNotes notes;
    @Inject
    AuditService audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isApi(request)) {
            return bearer(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) { // programmatic login from the login page
            String address = request.getRemoteAddr();
            Optional<Duration> wait = throttle.waitFor(address);
            if (wait.isPresent()) { // too many failures from this address: no password is checked
                notes.throttled(wait.get());
                String who = credential instanceof UsernamePasswordCredential upc ? upc.getCaller() : null;
                audit.record(who, null, "LOGIN", "UserAccount", null, AuditEntry.Outcome.REFUSED,
                        "trop de tentatives depuis " + address);
                return context.doNothing();
            }
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.recordFailure(address);
                return context.doNothing();
            }
            String login = result.getCallerPrincipal().getName();
            AccountService.SessionState state = accounts.sessionState(login).orElse(null);
            if (state == null) {
                return context.doNothing();
            }
            // the caller kept in the HTTP session as plain Serializable data (issue 17: the session is replicated to
            // the other cluster nodes; Soteria's registerSession keeps a non-serializable Elytron object there)
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation
            }
            SessionCaller caller = new SessionCaller(login, Set.copyOf(result.getCallerGroups()), state.passwordStamp(),
                    state.mustChangePassword(), System.currentTimeMillis());
            if (state.totpEnabled()) { // the password was right: the code of the application comes next
                request.getSession().removeAttribute(SESSION_CALLER);
                request.getSession().setAttribute(PENDING_CALLER, caller);
                notes.secondFactorPending();
                return context.doNothing();
            }
            request.getSession().setAttribute(SESSION_CALLER, caller);
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (isStaticResource(request)) {
                return context.notifyContainerAboutLogin(caller.login(), caller.groups());
            }
            Optional<AccountService.SessionState> state = System.currentTimeMillis() - caller.signedInAtMillis()
                    > ABSOLUTE_LIFETIME.toMillis() ? Optional.empty() : accounts.sessionState(caller.login());
            if (state.isEmpty() || !state.get().passwordStamp().equals(caller.passwordStamp())) {
                // the password changed (here or elsewhere), the account was disabled, or the session is too old
                session.invalidate();
                return context.isProtected()
                        ? context.redirect(request.getContextPath() + LOGIN_PAGE + "?expired=true")
                        : context.doNothing();
            }
            if (state.get().mustChangePassword() && context.isProtected()
                    && !request.getRequestURI().equals(request.getContextPath() + PASSWORD_PAGE)) {
                return context.redirect(request.getContextPath() + PASSWORD_PAGE);
            }
            if (!state.get().mustChangePassword() && state.get().mustEnrolTotp() && context.isProtected()
                    && !request.getRequestURI().equals(request.getContextPath() + TOTP_ENROL_PAGE)) {
                return context.redirect(request.getContextPath() + TOTP_ENROL_PAGE); // the structure requires it
            }
            return context.notifyContainerAboutLogin(caller.login(), caller.groups()); // the session of a page login
        }
        if (context.isProtected()) {
            return toLogin(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * An anonymous request to a protected page goes to the login page, which then brings the visitor back
     * ({@code next}: the page asked for, or for a post the page it was posted from). A post, or a request whose session
     * cookie names a session that is gone, means the session ended under the visitor: the login page says so
     * ({@code expired=unsaved} after a post: what was posted was not saved; {@code expired=true} otherwise). A Faces Ajax request gets that redirect as a Faces
     * partial response: a plain 302 would hand the script the login page as an Ajax answer, which it drops without a
     * word (issue 11: a grid saved after the session ended lost its ratings silently).
     */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        boolean post = "POST".equals(request.getMethod());
        boolean expired = post || request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String next = post ? refererPath(request) : pathOf(request);
        StringBuilder url = new StringBuilder(request.getContextPath()).append(LOGIN_PAGE);
        if (expired) {
            url.append(post ? "?expired=unsaved" : "?expired=true");
        }
        if (next != null) {
            url.append(expired ? '&' : '?').append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(url.toString());
        }
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"/></partial-response>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The page asked for, inside the application ({@code /supervisor/observe.xhtml?task=12}). */
    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** For a post, the page of the application it came from (the browser's Referer, same origin only), or null. */
    private static String refererPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getRawPath() == null || !uri.getRawPath().startsWith(request.getContextPath() + "/")
                    || uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath().substring(request.getContextPath().length());
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Where the login page may send a visitor back to: a page of this application ({@code /…}, not {@code //host},
     * no scheme, not the login page itself), else null.
     */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.length() > 500 || next.startsWith(LOGIN_PAGE) || next.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return next;
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
                request.setAttribute(CurrentCaller.AUTHENTICATED, caller.get().caller()); // read once, with the token
                return context.notifyContainerAboutLogin(caller.get().login(), caller.get().groups());
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Sillon\", error=\"invalid_token\"");
        } else {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Sillon\"");
        }
        return context.responseUnauthorized();
    }

    /**
     * After the person changed their own password: this session goes on with the new password's date (every other
     * session of the account ends at its next request).
     */
    public static void passwordChanged(HttpServletRequest request, AccountService.SessionState state) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            request.changeSessionId();
            session = request.getSession(false);
            session.setAttribute(SESSION_CALLER, new SessionCaller(caller.login(), caller.groups(),
                    state.passwordStamp(), state.mustChangePassword(), caller.signedInAtMillis()));
        }
    }

    /** The login of the person between their right password and their second factor, if any (and not too old). */
    public static Optional<String> pendingLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PENDING_CALLER) instanceof SessionCaller caller
                && System.currentTimeMillis() - caller.signedInAtMillis() < PENDING_LIFETIME.toMillis()) {
            return Optional.of(caller.login());
        }
        return Optional.empty();
    }

    /** The second factor was right: the pending sign-in becomes the session's (a new session id). */
    public static boolean completeSecondFactor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING_CALLER) instanceof SessionCaller caller)) {
            return false;
        }
        request.changeSessionId();
        session.removeAttribute(PENDING_CALLER);
        session.setAttribute(SESSION_CALLER, new SessionCaller(caller.login(), caller.groups(), caller.passwordStamp(),
                caller.mustChangePassword(), System.currentTimeMillis()));
        return true;
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
