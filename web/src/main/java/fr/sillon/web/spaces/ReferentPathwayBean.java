package fr.sillon.web.spaces;

import fr.sillon.ejb.spaces.ReferentService;
import fr.sillon.ejb.spaces.SpacesViews.ReferentSummary;
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

    public void load() {
        summary = service.summary(id);
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
