package fr.sillon.run;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs {@link ApiBench} three times (the machine is shared: one run is one sample) against the tests' own server (demo data, embedded MariaDB). Prints figures and asserts
 * nothing about time; only in the {@code api-bench} profile, never in the default {@code verify}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBenchIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void printsTheFigures() throws Exception {
        for (int run = 1; run <= Integer.getInteger("bench.runs", 3); run++) {
            System.out.println("[bench-api] ---- run " + run);
            new ApiBench(WebClient.BASE, System.getenv("SILLON_DB_URL")).run();
        }
    }
}
