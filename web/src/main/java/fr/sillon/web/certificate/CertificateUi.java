package fr.sillon.web.certificate;

import fr.sillon.domain.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** French messages of the certificate screens; broken rules become error messages. */
final class CertificateUi {
    private CertificateUi() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("fr.sillon.web.messages", Locale.FRENCH).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs a service call; a broken rule or a concurrent change becomes a French error message (null returned). */
    static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            DomainException domain = cause(e, DomainException.class);
            if (domain != null) {
                error(domain.getMessage());
            } else if (cause(e, OptimisticLockException.class) != null) {
                error(DomainException.format("error.optimisticLock"));
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private static <E extends Throwable> E cause(Throwable t, Class<E> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
