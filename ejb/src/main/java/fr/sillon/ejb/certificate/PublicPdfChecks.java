package fr.sillon.ejb.certificate;

import fr.sillon.domain.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Anonymous PDF checks (« Vérifier un fichier PDF ») run on a small pool with a time limit, so that nobody can tie
 * up the server by uploading files: at most {@link #WORKERS} at once per node, a caller waits at most
 * {@link #WAIT_SECONDS} for a free worker and a check lasts at most {@link #LIMIT_SECONDS}; otherwise a French
 * refusal. Memory is bounded by the verifier itself (PDFBox scratch memory, see {@link CertificateVerifier}).
 */
@ApplicationScoped
public class PublicPdfChecks {
    static final int WORKERS = 2;
    static final int WAIT_SECONDS = 5;
    static final int LIMIT_SECONDS = 15;

    private final Semaphore workers = new Semaphore(WORKERS, true);

    @Resource
    ManagedExecutorService executor;

    public CertificateVerifier.Result run(Supplier<CertificateVerifier.Result> check) {
        boolean acquired = false;
        try {
            acquired = workers.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw new DomainException("certificate.verify.busy");
            }
            Future<CertificateVerifier.Result> running = executor.submit(check::get);
            try {
                return running.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                running.cancel(true);
                throw new DomainException("certificate.verify.tooLong");
            } catch (ExecutionException e) {
                throw new DomainException("certificate.verify.unreadable");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("certificate.verify.busy");
        } finally {
            if (acquired) {
                workers.release();
            }
        }
    }
}
