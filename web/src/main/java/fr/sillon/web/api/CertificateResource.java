package fr.sillon.web.api;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.access.Role;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import fr.sillon.ejb.certificate.CertificateViews.Download;
import fr.sillon.ejb.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Certificates over REST:
 * <ul>
 *   <li>{@code GET /api/v1/certificates} — coordinator: the structure's (paged, {@code q}, {@code first},
 *   {@code max}); participant: their own; referent: those of the pathways assigned to them;</li>
 *   <li>{@code GET /api/v1/certificates/{id}/pdf} — the signed PDF (404 for anyone who may not have it);</li>
 *   <li>{@code POST /api/v1/certificates} {@code {"pathwayId": 12}} — issue (coordinator);</li>
 *   <li>{@code POST /api/v1/certificates/{id}/revoke} and {@code /reissue} {@code {"reason": "…"}} (coordinator).</li>
 * </ul>
 */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {
    public static class IssueRequest {
        /** A number beyond a long (99999999999999999999999) is refused by {@link StrictJson}, never wrapped. */
        public Long pathwayId;
    }

    public static class ReasonRequest {
        public String reason;
    }

    @Inject
    CertificateService service;
    @Inject
    CurrentCaller currentCaller;

    @GET
    @RolesAllowed({COORDINATOR, PARTICIPANT, REFERENT})
    public Page<CertificateRow> list(@QueryParam("q") String q, @QueryParam("first") String first,
                                     @QueryParam("max") String max) {
        int from = InputRefused.intParam("first", first, 0, 0, Integer.MAX_VALUE);
        int size = InputRefused.intParam("max", max, 50, 1, CertificateService.MAX_PAGE_SIZE);
        if (currentCaller.get().is(Role.COORDINATOR)) {
            return service.list(q, from, size);
        }
        List<CertificateRow> mine = service.mine();
        return new Page<>(mine, mine.size());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({COORDINATOR, PARTICIPANT, REFERENT})
    public Response pdf(@PathParam("id") long id) {
        Download d = service.download(id);
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    public Response issue(IssueRequest request) {
        if (request == null || request.pathwayId == null) {
            return Response.status(400).entity(new ApiError(400, "Indiquez le parcours (champ « pathwayId »).")).build();
        }
        return Response.status(201).entity(service.issue(request.pathwayId)).build();
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    public CertificateRow revoke(@PathParam("id") long id, ReasonRequest request) {
        return service.revoke(id, request == null ? null : request.reason);
    }

    @POST
    @Path("{id}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    public CertificateRow reissue(@PathParam("id") long id, ReasonRequest request) {
        return service.reissue(id, request == null ? null : request.reason);
    }
}
