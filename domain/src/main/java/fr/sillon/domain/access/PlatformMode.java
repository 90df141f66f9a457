package fr.sillon.domain.access;

import java.util.Optional;

/**
 * Demo and real data never mix (issue 14, point 8). A database records, once, whether it is a demonstration or real
 * one (table {@code platform_mode}); a server started in the other mode refuses to start on it: demo mode would add
 * {@code admin}/{@code sillon2026} and a made-up story to real people's data, and a real server on a demo database
 * would keep accounts whose password is public. A database from before the record is recognised by the demo scripts'
 * history table; an empty one takes the mode of the server that starts first on it.
 */
public final class PlatformMode {
    public static final String DEMO = "DEMO";
    public static final String REAL = "REAL";

    private PlatformMode() {
    }

    /** What a start decides: the mode to record (when none is), or why the server must not start. */
    public record Decision(Optional<String> record, Optional<String> refusal) {
        static Decision ok(String toRecord) {
            return new Decision(Optional.ofNullable(toRecord), Optional.empty());
        }

        static Decision refuse(String why) {
            return new Decision(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * @param demoServer    the server runs in demo mode
     * @param recorded      the mode the database recorded, if any
     * @param accounts      how many accounts the database holds
     * @param demoScripts   the demo scripts were applied to it (their Flyway history exists)
     */
    public static Decision decide(boolean demoServer, Optional<String> recorded, long accounts, boolean demoScripts) {
        String mode = recorded.orElse(accounts == 0 && !demoScripts ? null : demoScripts ? DEMO : REAL);
        String server = demoServer ? DEMO : REAL;
        if (mode == null) {
            return Decision.ok(server); // an empty database: it becomes what this server is
        }
        if (!mode.equals(server)) {
            return Decision.refuse(demoServer
                    ? "Mode démonstration refusé : cette base de données contient des données réelles (" + accounts
                      + " compte(s)). La démonstration ne se lance que sur une base vide ou de démonstration."
                    : "Démarrage refusé : cette base de données est une base de démonstration (comptes au mot de passe"
                      + " public « sillon2026 »). Utilisez une base vide pour un usage réel, ou relancez en mode démonstration.");
        }
        return Decision.ok(recorded.isPresent() ? null : mode);
    }

    /** A real server signs certificates with the structure's own key only: without a keystore it must not start. */
    public static Optional<String> keystoreProblem(boolean demoServer, String keystore) {
        if (demoServer || keystore != null && !keystore.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("Démarrage refusé : aucune clé de signature des attestations (SILLON_SIGNING_KEYSTORE et"
                + " SILLON_SIGNING_PASSWORD). La clé de démonstration, dont le mot de passe est public, ne sert qu'en"
                + " mode démonstration.");
    }
}
