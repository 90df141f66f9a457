package fr.sillon.web.pathway;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.pathway.PathwayStatus;
import fr.sillon.ejb.pathway.ParticipantService;
import fr.sillon.ejb.pathway.PathwayReports;
import fr.sillon.ejb.pathway.PathwayViews.PathwayDetail;
import fr.sillon.ejb.pathway.PathwayViews.TimelineEvent;
import fr.sillon.web.infra.Ui;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * /coordinator/pathway.xhtml?id=: the pathway's header, its identity tab and its timeline. Each other tab has its own
 * bean ({@link ContractTab}, {@link FollowUpTab}, {@link ImmersionTab}, {@link TrainingTab}, {@link ExitTab},
 * {@link ReferentTab}), which loads its list when first shown, reloads only itself after a change and then calls
 * {@link #changed()} so that the header and the timeline follow.
 */
@Named
@ViewScoped
public class PathwayPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantService participants;
    @Inject
    PathwayReports reports;

    private Long id;
    private PathwayDetail detail;
    private ParticipantForm form;
    private List<TimelineEvent> timeline;

    /** f:viewAction: unknown or of another structure: 404, like the service. */
    public void load() throws IOException {
        try {
            detail = id == null ? null : participants.pathway(id);
        } catch (NotFoundException e) {
            detail = null;
        }
        if (detail == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, DomainException.format("error.notFound",
                    "parcours", id == null ? "" : id));
            faces.responseComplete();
            return;
        }
        form = ParticipantForm.of(detail);
        timeline = reports.timeline(id);
    }

    /** After a change in a tab: the header (status) and the timeline again. */
    public void changed() {
        detail = participants.pathway(id);
        form = ParticipantForm.of(detail);
        timeline = reports.timeline(id);
    }

    public void updateParticipant() {
        if (Ui.run(() -> participants.updateParticipant(id, form.toCommand(), detail.participantVersion()))) {
            Ui.info("pathway.participant.updated");
            changed();
        }
    }

    public boolean isActive() {
        return detail != null && detail.status() == PathwayStatus.ACTIVE;
    }

    /**
     * The prescriber as « France Travail Rennes Sud », or « France Travail — Agence X » when the agency's name does not
     * already say its kind (never « France Travail France Travail Rennes Sud »).
     */
    public String getPrescriber() {
        if (detail == null || detail.prescriberKind() == null) {
            return null;
        }
        return prescriber(detail.prescriberKind().label(), detail.prescriberName());
    }

    static String prescriber(String kind, String name) {
        if (name == null || name.isBlank()) {
            return kind;
        }
        String n = name.strip();
        return n.toLowerCase(java.util.Locale.FRENCH).startsWith(kind.toLowerCase(java.util.Locale.FRENCH)) ? n : kind + " — " + n;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PathwayDetail getDetail() { return detail; }
    public ParticipantForm getForm() { return form; }
    public List<TimelineEvent> getTimeline() { return timeline; }

    /** issue 15: the timeline as one picture on a time axis. */
    public TimelinePicture getTimelinePicture() {
        List<TimelinePicture.Event> events = timeline == null ? List.of() : timeline.stream()
                .map(e -> new TimelinePicture.Event(e.kind().name(), e.date(), null,
                        fr.sillon.web.infra.PageLabels.label(e.kind()) + " — " + TimelinePicture.day(e.date())))
                .toList();
        return TimelinePicture.of(events, java.time.LocalDate.now());
    }
}
