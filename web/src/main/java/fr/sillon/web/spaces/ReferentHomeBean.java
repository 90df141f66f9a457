package fr.sillon.web.spaces;

import fr.sillon.ejb.spaces.ReferentService;
import fr.sillon.ejb.spaces.SpacesViews.FollowedPathway;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The referent's home: the pathways assigned to them, across structures. */
@Named
@ViewScoped
public class ReferentHomeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReferentService service;
    private List<FollowedPathway> rows;

    @PostConstruct
    void init() {
        rows = service.followed();
    }

    public List<FollowedPathway> getRows() {
        return rows;
    }
}
