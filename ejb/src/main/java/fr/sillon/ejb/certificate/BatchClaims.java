package fr.sillon.ejb.certificate;

import jakarta.ejb.ApplicationException;

/**
 * Who runs a certificate batch on a cluster: the node that holds its claim in the database (certificate_batch
 * claimed_by, heartbeat_at). A node that stops beating for longer than the lease loses the batch to another one.
 */
public final class BatchClaims {
    /** {@code -Dsillon.claim.lease.seconds}: how long a silent node keeps its batch (default 60 s). */
    public static final String LEASE_PROPERTY = "sillon.claim.lease.seconds";

    private BatchClaims() {
    }

    /** This server's name in the cluster (WildFly's {@code jboss.node.name}, the host name by default). */
    public static String node() {
        return System.getProperty("jboss.node.name", "local");
    }

    public static int leaseSeconds() {
        return Math.max(5, Integer.getInteger(LEASE_PROPERTY, 60));
    }

    /** The batch was taken over by another node: this one stops (the item's transaction is rolled back). */
    @ApplicationException(rollback = true)
    public static class LostClaim extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LostClaim() {
            super("batch taken over by another node");
        }
    }
}
