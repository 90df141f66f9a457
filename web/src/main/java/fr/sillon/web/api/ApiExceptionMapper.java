package fr.sillon.web.api;

import fr.sillon.domain.AccessDeniedException;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a JSON {@link ApiError} with a French message; never a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        InputRefused refused = cause(thrown, InputRefused.class);
        if (refused != null) {
            return json(400, "Requête refusée : " + refused.getMessage());
        }
        Throwable e = unwrap(thrown);
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return json(status, switch (status) {
                case 401 -> "Authentification requise.";
                case 403 -> DomainException.format("error.accessDenied");
                case 404 -> "Ressource introuvable.";
                case 405 -> "Méthode non permise.";
                case 415 -> "Format non pris en charge : envoyez du JSON.";
                default -> "Requête invalide.";
            });
        }
        if (e instanceof NotFoundException) {
            return json(404, e.getMessage());
        }
        if (e instanceof AccessDeniedException || e instanceof EJBAccessException) {
            return json(403, DomainException.format("error.accessDenied"));
        }
        if (e instanceof DomainException) {
            return json(422, e.getMessage());
        }
        if (e instanceof ConstraintViolationException cve) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(400, "Données invalides.", cve.getConstraintViolations().stream()
                            .map(v -> v.getPropertyPath() + " : " + v.getMessage()).sorted().toList()))
                    .build();
        }
        if (e instanceof OptimisticLockException) {
            return json(409, DomainException.format("error.optimisticLock"));
        }
        if (unreadableBody(thrown)) {
            return json(400, "Requête refusée : corps illisible, un JSON conforme à cet appel est attendu (un objet, des champs"
                    + " du bon type, des nombres dans leurs bornes).");
        }
        LOG.log(Level.SEVERE, "Erreur inattendue dans l'API", thrown);
        return json(500, "Erreur interne. L'incident a été enregistré.");
    }

    /** Malformed JSON, a wrong type or a number out of its type's range, as JSON-B / JSON-P / RESTEasy report it. */
    private static boolean unreadableBody(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.ws.rs.ProcessingException || t instanceof jakarta.json.bind.JsonbException
                    || t instanceof jakarta.json.JsonException || t instanceof ArithmeticException) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Throwable> E cause(Throwable thrown, Class<E> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t instanceof jakarta.persistence.PersistenceException
                && !(t instanceof OptimisticLockException)) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message)).build();
    }
}
