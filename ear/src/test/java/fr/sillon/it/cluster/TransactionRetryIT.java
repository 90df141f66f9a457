package fr.sillon.it.cluster;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import fr.sillon.ejb.cluster.TransactionRetryInterceptor;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real deadlock on MariaDB, and the whole transaction run again (TransactionRetryInterceptor): the coordinator
 * re-issues a certificate (her transaction draws a number, locking the year's sequence row, then updates the old
 * certificate) while another transaction, holding the old certificate's row and heavier (so InnoDB picks the
 * coordinator's as the victim), asks for the sequence row. Her call still succeeds, once: one new certificate, the
 * next number, no gap.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionRetryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(TransactionRetryIT.class);
    }

    @Inject
    CertificateService certificates;
    @Resource(lookup = "java:jboss/datasources/SillonDS")
    DataSource ds;

    @Test
    void aDeadlockedServiceCallIsRunAgainAsAWhole() throws Exception {
        long pathway;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select p.id from pathway p join participant pa on pa.id = p.participant_id
                join user_account u on u.structure_id = p.structure_id and u.login = 'coordinatrice'
                where exists (select 1 from validation v where v.participant_id = p.participant_id and v.status = 'VALIDATED')
                order by p.id limit 1""")) {
            assertTrue(r.next(), "a demo pathway with validated criteria");
            pathway = r.getLong(1);
        }
        CertificateRow first = RunAs.coordinator(() -> certificates.issue(pathway));
        long validBefore = valid(pathway);
        int year = LocalDate.now().getYear();
        long retriesBefore = TransactionRetryInterceptor.retries();

        ExecutorService coordinator = Executors.newSingleThreadExecutor();
        Future<CertificateRow> reissue;
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                // heavier than the coordinator's transaction: InnoDB rolls back the lighter one of a deadlock
                for (int i = 0; i < 300; i++) {
                    s.addBatch("insert into audit_entry (action, detail) values ('DEADLOCK_IT', 'rolled back')");
                }
                s.executeBatch();
                s.executeUpdate("update certificate set revoke_reason = revoke_reason where id = " + first.id());
            }
            AtomicReference<Thread> reissuing = new AtomicReference<>();
            reissue = coordinator.submit(() -> {
                reissuing.set(Thread.currentThread());
                return RunAs.coordinator(() -> certificates.reissue(first.id(), "Erreur de date (test)"));
            });
            // the coordinator's transaction now holds the sequence row and waits for the certificate row: seen in the
            // process list (information_schema.innodb_trx does not always list a waiting transaction on MariaDB 11)
            try (Connection probe = ds.getConnection(); Statement s = probe.createStatement()) {
                long deadline = System.currentTimeMillis() + 40_000; // under innodb_lock_wait_timeout (50 s)
                while (true) {
                    try (ResultSet r = s.executeQuery("select count(*) from information_schema.processlist"
                            + " where info like 'update certificate set replaced_by_id%'")) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            break;
                        }
                    }
                    if (reissue.isDone()) {
                        fail("the re-issue cannot finish while the row is held: " + outcome(reissue) + "\n" + sessions(probe));
                    }
                    if (System.currentTimeMillis() > deadline) {
                        fail("the re-issue waits for the certificate row; it is at " + where(reissuing.get()) + "\n" + sessions(probe));
                    }
                    Thread.sleep(50);
                }
            }
            try (PreparedStatement p = other.prepareStatement("insert into certificate_sequence (year, last_value) values (?, 1)"
                    + " on duplicate key update last_value = last_value")) {
                p.setInt(1, year);
                p.executeUpdate(); // a deadlock: InnoDB rolls the coordinator's transaction back, this one goes on
            }
            other.rollback();
        }
        CertificateRow fresh = reissue.get(2, TimeUnit.MINUTES);
        coordinator.shutdown();

        assertTrue(TransactionRetryInterceptor.retries() > retriesBefore, "the deadlock happened and was retried");
        assertNotEquals(first.number(), fresh.number());
        assertEquals(sequence(first.number()) + 1, sequence(fresh.number()), "the next number, none lost to the victim");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals(validBefore, valid(pathway), "the old one replaced by one new one: the re-issue ran once in the end");
            try (ResultSet r = s.executeQuery("select count(*) from audit_entry where action = 'DEADLOCK_IT'")) {
                r.next();
                assertEquals(0, r.getLong(1));
            }
        }
    }

    static String outcome(Future<?> f) {
        try {
            return String.valueOf(f.get());
        } catch (Exception e) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            return w.toString();
        }
    }

    /** Where a thread is, for the failure message. */
    static String where(Thread t) {
        return t == null ? "(not started)" : Arrays.stream(t.getStackTrace()).limit(40).map(String::valueOf)
                .collect(Collectors.joining("\n  ", t.getState() + "\n  ", ""));
    }

    /** The server's sessions and transactions, for the failure message. */
    static String sessions(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (String q : new String[] {"select id, command, time, state, info from information_schema.processlist",
                "select trx_mysql_thread_id, trx_state, trx_started, trx_query from information_schema.innodb_trx"}) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(q)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= n; i++) {
                        b.append(r.getString(i)).append(i < n ? " | " : "\n");
                    }
                }
            }
        }
        return b.toString();
    }

    long valid(long pathway) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from certificate where pathway_id = " + pathway + " and status = 'VALID'")) {
            r.next();
            return r.getLong(1);
        }
    }

    static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
