package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/**
 * What became of a proposed appointment: still to come, attended, missed (always with its reason, never
 * « injustifié »), or cancelled (by either side: it is neither attended nor missed).
 */
public enum AppointmentOutcome {
    PROPOSED, ATTENDED, MISSED, CANCELLED;

    public String label() {
        return Labels.of(this);
    }
}
