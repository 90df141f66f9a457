package fr.sillon.web.spaces;

import fr.sillon.web.infra.Ui;
import fr.sillon.ejb.spaces.ReferentService;
import fr.sillon.ejb.spaces.SpacesViews.ReferentSummary;
import fr.sillon.domain.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Summary of one assigned pathway for its referent, and its PDF export. Unassigned: the service answers 404. */
@Named
@ViewScoped
public class ReferentPathwayBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReferentService service;
    private Long id;
    private ReferentSummary summary;

    /** Loads the summary; a pathway not assigned to the caller (or unknown) answers 404, like the service. */
    public void load() throws java.io.IOException {
        try {
            summary = id == null ? null : service.summary(id);
        } catch (NotFoundException e) {
            summary = null;
        }
        if (summary == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e404());
            faces.responseComplete();
        }
    }

    private static String e404() {
        return Ui.text("error.404.text");
    }

    public StreamedContent getPdf() {
        long pathwayId = summary.pathwayId();
        String name = "synthese-parcours-" + summary.participantName().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-") + ".pdf";
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(service.summaryPdf(pathwayId))).build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReferentSummary getSummary() {
        return summary;
    }
}
