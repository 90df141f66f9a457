package fr.sillon.ejb.infra;

import fr.sillon.domain.access.PlatformMode;
import fr.sillon.ejb.certificate.CertificateSigner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Issue 14, point 8, checked at start-up before any demo data is loaded: a real server (not demo mode) refuses to
 * start without its own signing keystore, and no server starts on a database of the other mode
 * ({@link PlatformMode}): demo mode on real data, or a real server on a demo database (whose accounts have a public
 * password). The failure stops the deployment, with the reason in French in the log.
 */
@Singleton(name = "PlatformModeCheck")
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformModeCheck {
    private static final Logger LOG = Logger.getLogger(PlatformModeCheck.class.getName());

    @Resource(lookup = "java:jboss/datasources/SillonDS")
    DataSource dataSource;

    @PostConstruct
    void check() {
        boolean demo = DemoDataLoader.demoMode();
        PlatformMode.keystoreProblem(demo, System.getenv(CertificateSigner.ENV_KEYSTORE)).ifPresent(this::refuse);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Optional<String> recorded = Optional.empty();
            try (ResultSet r = s.executeQuery("select mode from platform_mode where id = 1")) {
                if (r.next()) {
                    recorded = Optional.of(r.getString(1));
                }
            }
            long accounts;
            try (ResultSet r = s.executeQuery("select count(*) from user_account")) {
                r.next();
                accounts = r.getLong(1);
            }
            boolean demoScripts;
            try (ResultSet r = s.executeQuery("select count(*) from information_schema.tables"
                    + " where table_schema = database() and table_name = 'demo_schema_history'")) {
                r.next();
                demoScripts = r.getLong(1) > 0;
            }
            PlatformMode.Decision decision = PlatformMode.decide(demo, recorded, accounts, demoScripts);
            decision.refusal().ifPresent(this::refuse);
            if (decision.record().isPresent()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert ignore into platform_mode (id, mode, recorded_at) values (1, ?, current_timestamp(6))")) {
                    ps.setString(1, decision.record().get());
                    ps.executeUpdate();
                }
                LOG.info(() -> "Base de données enregistrée comme base " + (demo ? "de démonstration" : "réelle") + ".");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Vérification du mode de la base impossible", e);
        }
    }

    private void refuse(String why) {
        LOG.severe(why);
        throw new IllegalStateException(why);
    }
}
