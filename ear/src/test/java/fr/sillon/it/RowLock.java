package fr.sillon.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Makes concurrent calls really overlap (in-container tests): holds a row lock on a connection of its own, waits until
 * the calls under test are all blocked on it inside their transactions, then lets them go at once. A test of what
 * happens « at the same time » then cannot pass through the sequential path by luck of timing.
 */
public final class RowLock implements AutoCloseable {
    private final DataSource dataSource;
    private final Connection holder;

    /** Locks the rows of {@code select 1 from TABLE where WHERE for update}, the parameters bound in order. */
    public RowLock(String table, String where, Object... parameters) throws NamingException, SQLException {
        dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/SillonDS");
        holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement s = holder.prepareStatement("select 1 from " + table + " where " + where + " for update")) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("nothing to lock in " + table + " where " + where);
                }
            }
        }
    }

    /** Waits until at least {@code n} transactions wait for a lock (fails after 60 s). */
    public void awaitWaiting(int n) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'")) {
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) >= n) {
                        return;
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("the " + n + " concurrent calls never all waited on the lock");
                }
                Thread.sleep(20);
            }
        }
    }

    /** Releases the lock: the waiting calls go on together. Closing twice does nothing more. */
    @Override
    public void close() throws SQLException {
        if (holder.isClosed()) {
            return;
        }
        try {
            holder.commit();
        } finally {
            holder.close();
        }
    }
}
