package fr.sillon.ejb.cluster;

import fr.sillon.ejb.certificate.CertificateSigner;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A cluster node (system property {@code sillon.cluster=true}, set by the cluster server's configuration) refuses to
 * start on the demo signing key: each node would create its own, and a certificate signed by one would not match the
 * key of the other. Every node must be given the same keystore ({@value CertificateSigner#ENV_KEYSTORE}, readable,
 * with its password); the key is loaded here, at start-up, so that a wrong password stops the node too.
 */
@Singleton
@Startup
public class ClusterNodeCheck {
    private static final Logger LOG = Logger.getLogger(ClusterNodeCheck.class.getName());
    public static final String CLUSTER_PROPERTY = "sillon.cluster";

    @PostConstruct
    void check() {
        if (!Boolean.getBoolean(CLUSTER_PROPERTY)) {
            return;
        }
        problem(System.getenv()).ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        CertificateSigner signer = CertificateSigner.fromEnvironment();
        if (signer.isDemo()) {
            throw new IllegalStateException("Nœud de grappe : la clé de démonstration est refusée.");
        }
        LOG.info(() -> "Nœud de grappe " + System.getProperty("jboss.node.name") + " : clé de signature "
                + System.getenv(CertificateSigner.ENV_KEYSTORE));
    }

    /** Why a cluster node may not start with this environment, if it may not. */
    static Optional<String> problem(Map<String, String> env) {
        String keystore = env.get(CertificateSigner.ENV_KEYSTORE);
        if (keystore == null || keystore.isBlank()) {
            return Optional.of("Nœud de grappe sans clé de signature : indiquez le même magasin PKCS#12 à chaque nœud ("
                    + CertificateSigner.ENV_KEYSTORE + ", " + CertificateSigner.ENV_PASSWORD
                    + ") ; la clé de démonstration, créée par nœud, est refusée en grappe.");
        }
        if (!Files.isReadable(Path.of(keystore))) {
            return Optional.of("Nœud de grappe : magasin de clé de signature illisible : " + keystore);
        }
        String password = env.get(CertificateSigner.ENV_PASSWORD);
        if (password == null || password.isEmpty()) {
            return Optional.of("Nœud de grappe : mot de passe du magasin de clé manquant (" + CertificateSigner.ENV_PASSWORD + ")");
        }
        return Optional.empty();
    }
}
