package fr.sillon.domain.access;

import java.util.Set;

/** The five roles of Sillon. A coordinator can do everything a supervisor can. */
public enum Role {
    ADMIN("/admin"),
    COORDINATOR("/coordinator"),
    SUPERVISOR("/supervisor"),
    PARTICIPANT("/participant"),
    REFERENT("/referent");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    /** Path of the space this role lands on after login. */
    public String homePath() {
        return homePath;
    }

    /** Security groups granted to an account of this role. */
    public Set<String> groups() {
        return this == COORDINATOR ? Set.of(COORDINATOR.name(), SUPERVISOR.name()) : Set.of(name());
    }
}
