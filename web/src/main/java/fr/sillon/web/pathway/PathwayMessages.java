package fr.sillon.web.pathway;

import fr.sillon.domain.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.ResourceBundle;

/** Shows the outcome of a service call to the user, in French. */
final class PathwayMessages {
    private PathwayMessages() {
    }

    static void info(String key) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        String text = ResourceBundle.getBundle("fr.sillon.web.messages", ctx.getViewRoot().getLocale()).getString(key);
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Runs a service call; a broken rule or a concurrent change becomes an error message. True when it worked. */
    static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (DomainException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            if (causedBy(e, OptimisticLockException.class)) {
                error(DomainException.format("error.optimisticLock"));
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
