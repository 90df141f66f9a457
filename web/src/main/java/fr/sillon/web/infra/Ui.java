package fr.sillon.web.infra;

import fr.sillon.domain.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** The one place where screens get French texts of the web bundle and turn broken rules into error messages. */
public final class Ui {
    private Ui() {
    }

    public static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("fr.sillon.web.messages", Locale.FRENCH).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs a service call; a broken rule or a concurrent change becomes a French error message (null returned). */
    public static <T> T attempt(Supplier<T> call) {
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

    /** Like {@link #attempt(Runnable)}, for calls whose result is not needed; true when it worked. */
    public static boolean run(Runnable call) {
        return attempt(call);
    }

    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
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
