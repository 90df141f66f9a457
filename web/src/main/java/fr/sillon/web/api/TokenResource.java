package fr.sillon.web.api;

import fr.sillon.ejb.access.ApiTokenAuthenticator;
import fr.sillon.ejb.access.ApiTokenService;
import fr.sillon.ejb.access.SillonAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;

/**
 * API tokens of field devices and scripts.
 * <ul>
 *   <li>{@code POST /api/v1/tokens {"login","password","device"}} → 201 {@code {"token","expiresAt"}} (anonymous; 401
 *   on bad credentials, 429 with {@code Retry-After} after too many failures per login or per address);</li>
 *   <li>{@code GET /api/v1/tokens}: my active tokens; {@code DELETE /api/v1/tokens/{id}}: revoke one of mine;
 *   {@code DELETE /api/v1/tokens/current}: log this device out.</li>
 * </ul>
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** The request body (a mutable bean: deserialised by JSON-B). */
    public static class Credentials {
        public String login;
        public String password;
        public String device;
        /** The current code of the authenticator application, for an account that uses the second factor. */
        public String code;
    }

    public record Issued(String token, LocalDateTime expiresAt) {
    }

    @Inject
    ApiTokenAuthenticator authenticator;
    @Inject
    ApiTokenService tokens;
    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(Credentials body) {
        if (body == null || body.login == null || body.login.isBlank() || body.password == null) {
            return error(400, "Indiquez « login » et « password » (et, si vous voulez, « device »).");
        }
        ApiTokenAuthenticator.Issue issue = authenticator.issue(body.login, body.password, body.device,
                request.getRemoteAddr(), body.code);
        return switch (issue.outcome()) {
            case ISSUED -> Response.status(201).entity(new Issued(issue.token(), issue.expiresAt()))
                    .header("Cache-Control", "no-store").build();
            case INVALID -> error(401, "Identifiant ou mot de passe incorrect.");
            case THROTTLED -> {
                long seconds = Math.max(1, issue.retryAfter().toSeconds());
                yield Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Retry-After", String.valueOf(seconds))
                        .entity(new ApiError(429, "Trop de tentatives de connexion. Réessayez dans "
                                + Math.max(1, (seconds + 59) / 60) + " min.")).build();
            }
        };
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "SUPERVISOR", "PARTICIPANT", "REFERENT"})
    public List<ApiTokenService.TokenRow> mine() {
        return tokens.mine();
    }

    @DELETE
    @Path("current")
    @RolesAllowed({"ADMIN", "COORDINATOR", "SUPERVISOR", "PARTICIPANT", "REFERENT"})
    public Response logOut() {
        Object id = request.getAttribute(SillonAuthenticationMechanism.TOKEN_ID);
        tokens.revokeMine((Long) id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id:[0-9]{1,18}}")
    @RolesAllowed({"ADMIN", "COORDINATOR", "SUPERVISOR", "PARTICIPANT", "REFERENT"})
    public Response revoke(@PathParam("id") long id) {
        tokens.revokeMine(id);
        return Response.noContent().build();
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message)).build();
    }
}
