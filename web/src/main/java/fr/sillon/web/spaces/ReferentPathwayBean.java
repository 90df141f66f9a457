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

    /** issue 15: the summary as one picture on a time axis (contracts, interviews, immersions, trainings, validations, exit). */
    public fr.sillon.web.pathway.TimelinePicture getTimelinePicture() {
        java.util.List<fr.sillon.web.pathway.TimelinePicture.Event> events = new java.util.ArrayList<>();
        if (summary == null) {
            return fr.sillon.web.pathway.TimelinePicture.of(events, java.time.LocalDate.now());
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        java.time.LocalDate stop = summary.exit() != null ? summary.exit().exitDate() : null;
        if (summary.entryDate() != null) {
            events.add(event("ENTRY", summary.entryDate(), null, kind("ENTRY")));
        }
        boolean first = true;
        for (var c : summary.contracts()) {
            java.time.LocalDate end = c.plannedEnd();
            if (stop != null && end != null && end.isAfter(stop)) {
                end = stop;
            }
            events.add(event(first ? "CONTRACT" : "RENEWAL", c.start(), end, kind(first ? "CONTRACT" : "RENEWAL")));
            first = false;
        }
        summary.interviews().forEach(i -> events.add(event("INTERVIEW", i.heldOn(), null, kind("INTERVIEW"))));
        summary.immersions().forEach(i -> events.add(event("IMMERSION", i.start(), i.end(),
                kind("IMMERSION") + " " + i.hostName())));
        summary.trainings().stream().filter(t -> t.start() != null || t.end() != null).forEach(t -> events.add(event("TRAINING",
                t.start() != null ? t.start() : t.end(), t.start() != null ? t.end() : null, t.title())));
        summary.validations().stream().filter(v -> v.validatedOn() != null).forEach(v -> events.add(event("VALIDATION",
                v.validatedOn(), null, kind("VALIDATION") + " " + v.criterionCode())));
        if (stop != null) {
            events.add(event("EXIT", stop, null, kind("EXIT")));
        }
        return fr.sillon.web.pathway.TimelinePicture.of(events, stop != null && stop.isBefore(today) ? stop : today);
    }

    private static fr.sillon.web.pathway.TimelinePicture.Event event(String kind, java.time.LocalDate start,
            java.time.LocalDate end, String title) {
        return new fr.sillon.web.pathway.TimelinePicture.Event(kind, start, end,
                title + " — " + fr.sillon.web.pathway.TimelinePicture.day(start)
                        + (end == null ? "" : " → " + fr.sillon.web.pathway.TimelinePicture.day(end)));
    }

    /** The caption of a kind of event, from the one label source. */
    private static String kind(String kind) {
        return fr.sillon.web.infra.PageLabels.label("PathwayViews.TimelineKind", kind);
    }
}
