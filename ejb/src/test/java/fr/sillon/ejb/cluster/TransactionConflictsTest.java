package fr.sillon.ejb.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class TransactionConflictsTest {

    @Test
    void aDeadlockDeepInTheCausesIsAConflict() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        RuntimeException wrapped = new RuntimeException("commit failed", new IllegalStateException("flush", deadlock));
        assertTrue(TransactionConflicts.isConflict(wrapped));
        assertTrue(TransactionConflicts.isConflict(new SQLException("WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction", "40001", 1213)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(TransactionConflicts.isConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(TransactionConflicts.isConflict(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(TransactionConflicts.isConflict(new IllegalArgumentException("bad input")));
        assertFalse(TransactionConflicts.isConflict(null));
    }

    @Test
    void theBackoffGrowsAndIsBounded() {
        assertEquals(20, TransactionConflicts.backoffMillis(1, 0));
        assertEquals(40, TransactionConflicts.backoffMillis(2, 0));
        long third = TransactionConflicts.backoffMillis(3, 0.999);
        assertTrue(third >= 80 && third < 160, "" + third);
        assertEquals(640, TransactionConflicts.backoffMillis(9, 0));
    }
}
