package fr.sillon.ejb.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations of the {@code migrations} module when the application starts,
 * before anything else uses the database (other start-up beans declare {@code @DependsOn("DatabaseMigrator")}).
 */
@Singleton(name = "DatabaseMigrator")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/SillonDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schéma Sillon à jour : " + result.migrationsExecuted + " migration(s) appliquée(s), version "
                + result.targetSchemaVersion);
    }
}
