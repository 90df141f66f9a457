package fr.sillon.ejb.cluster;

import java.sql.SQLException;

/**
 * Tells a conflict between concurrent transactions, worth running the whole transaction again, from any other failure:
 * an InnoDB deadlock (error 1213, SQLSTATE 40001) and a Galera certification failure (reported by MariaDB with the
 * same error 1213, « WSREP detected deadlock/conflict »). A lock wait timeout (1205) is not one: it is retried by
 * nobody (it means a transaction held a lock far too long).
 */
public final class TransactionConflicts {
    public static final int ER_LOCK_DEADLOCK = 1213;

    private TransactionConflicts() {
    }

    /** Whether a failure, or one of its causes, is a deadlock or a certification failure. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            String message = t.getMessage();
            if (message != null && (message.contains("WSREP detected deadlock") || message.contains("Deadlock found when"))) {
                return true;
            }
        }
        return false;
    }

    /** The pause before attempt {@code n} (1 = the first retry): 20 ms, 40 ms, 80 ms… with jitter, at most 640 ms. */
    public static long backoffMillis(int n, double random) {
        long base = 20L << Math.min(Math.max(n - 1, 0), 5);
        return base + (long) (base * random);
    }
}
