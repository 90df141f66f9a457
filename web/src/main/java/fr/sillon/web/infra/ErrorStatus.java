package fr.sillon.web.infra;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The status of the error pages that the container would answer 500: an expired page (a form posted after the session
 * ended, or a forged view state) is the visitor's request, answered 400 with its French page (issue 14, point 11).
 */
@Named
@RequestScoped
public class ErrorStatus {
    public void expired() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(400);
        }
    }
}
