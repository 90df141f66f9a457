package fr.sillon.web.api;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.ejb.framework.FrameworkService;
import fr.sillon.ejb.framework.FrameworkSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /api/v1/frameworks}: the frameworks visible to the caller (shared ones and their structure's own);
 * {@code GET /api/v1/frameworks/{code}/{version}}: one framework and its whole tree, in the JSON format of the
 * import/export.
 */
@Path("frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {
    @Inject
    FrameworkService frameworks;

    @GET
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public List<FrameworkSummary> list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return frameworks.list(InputRefused.intParam("first", first, 0, 0, Integer.MAX_VALUE),
                InputRefused.intParam("max", max, 100, 1, FrameworkService.MAX_PAGE));
    }

    @GET
    @Path("{code}/{version}")
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public Response tree(@PathParam("code") String code, @PathParam("version") String version) {
        return Response.ok(frameworks.exportJson(code, version), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }
}
