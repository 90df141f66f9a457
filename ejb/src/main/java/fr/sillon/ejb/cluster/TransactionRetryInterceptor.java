package fr.sillon.ejb.cluster;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs the whole transaction of a use-case service again when it failed on a deadlock or a Galera certification
 * failure ({@link TransactionConflicts}), up to {@value #ATTEMPTS} attempts. A WildFly container interceptor
 * (META-INF/jboss-ejb3.xml, every EJB of the module): it runs before the container starts the transaction, so each
 * attempt is a fresh transaction. A call made inside a transaction that is already running (a service calling another)
 * is not retried alone: its caller's transaction is, as a whole.
 */
public class TransactionRetryInterceptor {
    private static final Logger LOG = Logger.getLogger(TransactionRetryInterceptor.class.getName());
    static final int ATTEMPTS = 5;
    private static final AtomicLong RETRIES = new AtomicLong();
    private static volatile TransactionSynchronizationRegistry registry;

    /** Retries made since the start of this server (tests and monitoring). */
    public static long retries() {
        return RETRIES.get();
    }

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (inTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !TransactionConflicts.isConflict(e)) {
                    throw e;
                }
                RETRIES.incrementAndGet();
                int n = attempt;
                LOG.warning(() -> "Conflit de transactions (interblocage ou certification Galera) dans "
                        + invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                        + " : nouvel essai " + n + "/" + (ATTEMPTS - 1));
                Thread.sleep(TransactionConflicts.backoffMillis(attempt, ThreadLocalRandom.current().nextDouble()));
            }
        }
    }

    private static boolean inTransaction() {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            try {
                r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = r;
            } catch (NamingException e) {
                return false;
            }
        }
        return r.getTransactionKey() != null;
    }
}
