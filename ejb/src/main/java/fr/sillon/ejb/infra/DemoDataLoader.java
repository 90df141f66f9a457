package fr.sillon.ejb.infra;

import fr.sillon.ejb.access.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Demo mode only (system property {@code sillon.demo=true} or environment {@code SILLON_DEMO=true}): loads the
 * demo structure from {@code classpath:demo} with its own Flyway history table, so the production migrations never
 * contain demo data. Demo accounts are inserted with the placeholder hash {@code DEMO} and get the password
 * {@value #DEMO_PASSWORD} here.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "PlatformModeCheck"}) // never on a real database (issue 14)
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {
    public static final String DEMO_PASSWORD = "sillon2026";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = "java:jboss/datasources/SillonDS")
    DataSource dataSource;
    @Inject
    PasswordHasher hasher;

    public static boolean demoMode() {
        return Boolean.parseBoolean(System.getProperty("sillon.demo", System.getenv().getOrDefault("SILLON_DEMO", "false")));
    }

    /** The demo scripts insert observations and decisions in SQL: the assessment read model is rebuilt after them. */
    static void rebuildReadModels(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : fr.sillon.ejb.assessment.CriterionProgress.REBUILD) {
                st.executeUpdate(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Impossible de recalculer les progrès de la démonstration", e);
        }
    }

    @PostConstruct
    void load() {
        if (!demoMode() || !Boolean.parseBoolean(System.getProperty("sillon.demo.load", "true"))) {
            return; // a second cluster node is a demo server that leaves the loading to the first one
        }
        int applied = Flyway.configure(DemoDataLoader.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:demo")
                .table("demo_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate().migrationsExecuted;
        if (applied > 0) {
            rebuildReadModels(dataSource);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE user_account SET password_hash = ? WHERE password_hash = 'DEMO'")) {
            ps.setString(1, hasher.hash(DEMO_PASSWORD));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Impossible de préparer les comptes de démonstration", e);
        }
        LOG.info(() -> """

                ==========================================================================
                 Sillon (démonstration) : http://localhost:8080/sillon/   (%d script(s) de démo appliqué(s))
                 Comptes (mot de passe « %s ») : admin · coordinatrice · encadrant ·
                 participant · referent
                ==========================================================================""".formatted(applied, DEMO_PASSWORD));
    }
}
