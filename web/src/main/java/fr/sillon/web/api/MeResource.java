package fr.sillon.web.api;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/me}: who am I (lets a field device check its credentials). */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    public record Me(String login, String displayName, String role, Long structureId) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public Me me() {
        Caller c = currentCaller.get();
        return new Me(c.login(), c.displayName(), c.role().name(), c.structureId());
    }
}
