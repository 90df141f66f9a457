package fr.sillon.web.pathway;

import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.ExitMotive;
import fr.sillon.ejb.pathway.ExitService;
import fr.sillon.ejb.pathway.PathwayViews.ExitView;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The exit tab of a pathway: the exit recorded, or the form that records it (and closes the pathway). */
@Named
@ViewScoped
public class ExitTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ExitService service;
    @Inject
    PathwayPage page;

    private boolean loaded;
    private ExitView exit;
    private LocalDate date = LocalDate.now();
    private ExitMotive motive;
    private String comment;

    public ExitView getExit() {
        if (!loaded) {
            exit = service.exit(page.getId());
            loaded = true;
        }
        return exit;
    }

    public void recordExit() {
        if (Ui.run(() -> service.recordExit(page.getId(), date, motive, comment))) {
            Ui.info("pathway.exit.saved");
            loaded = false;
            page.changed();
        }
    }

    /** What the exit category would be for the chosen motive (shown before saving). */
    public ExitCategory getCategoryPreview() {
        return motive == null ? null : motive.category();
    }

    public ExitMotive[] getMotives() { return ExitMotive.values(); }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { this.date = v; }
    public ExitMotive getMotive() { return motive; }
    public void setMotive(ExitMotive v) { this.motive = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { this.comment = v; }
}
