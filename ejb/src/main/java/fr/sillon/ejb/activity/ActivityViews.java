package fr.sillon.ejb.activity;

import fr.sillon.domain.activity.Season;
import fr.sillon.domain.activity.SiteKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Read-models and forms of the activity context (what the screens and the API need, nothing more). */
public final class ActivityViews {
    private ActivityViews() {
    }

    public record SiteView(long id, String name, SiteKind kind, String address, boolean active, int version)
            implements Serializable {
    }

    public record SiteForm(Long id, String name, SiteKind kind, String address, boolean active, int version)
            implements Serializable {
    }

    public record TeamView(long id, String name, long supervisorId, String supervisorName, long memberCount,
                           boolean active, int version) implements Serializable {
    }

    public record TeamForm(Long id, String name, long supervisorId, List<Long> memberIds, boolean active, int version)
            implements Serializable {
    }

    /** A participant as a picker shows it. */
    public record PersonOption(long id, String name) implements Serializable {
    }

    /** A criterion as pickers and grids show it: « CLEA 1.3.4 — Utiliser les informations… ». */
    public record CriterionOption(long id, String frameworkCode, String code, String title) implements Serializable {
        public String label() {
            return frameworkCode + " " + code + " — " + title;
        }
    }

    public record TaskTypeView(long id, String name, String description, SiteKind siteKind, Season season,
                               boolean shipped, boolean active, long criterionCount) implements Serializable {
    }

    public record TaskTypeDetail(long id, String name, String description, SiteKind siteKind, Season season,
                                 boolean shipped, boolean active, int version, List<CriterionOption> criteria)
            implements Serializable {
    }

    public record TaskTypeForm(Long id, String name, String description, SiteKind siteKind, Season season,
                               boolean active, List<Long> criterionIds, int version) implements Serializable {
    }

    public record TaskRecordForm(LocalDate performedOn, long siteId, long taskTypeId, Long teamId,
                                 int durationMinutes, List<Long> participantIds, String note) implements Serializable {
    }

    public record TaskRecordRow(long id, LocalDate performedOn, String siteName, String taskTypeName,
                                String supervisorName, int durationMinutes, long participantCount,
                                long observationCount) implements Serializable {
    }

    /** A task sent by a field device: the record, and whether this call created it (false: its UUID was known). */
    public record DeviceTaskSaved(long taskRecordId, boolean created) implements Serializable {
    }
}
