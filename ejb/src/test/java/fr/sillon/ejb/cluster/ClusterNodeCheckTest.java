package fr.sillon.ejb.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterNodeCheckTest {
    @TempDir
    Path dir;

    @Test
    void aClusterNodeNeedsAReadableKeystoreAndItsPassword() throws Exception {
        assertTrue(ClusterNodeCheck.problem(Map.of()).orElseThrow().contains("clé de démonstration"));
        assertTrue(ClusterNodeCheck.problem(Map.of("SILLON_SIGNING_KEYSTORE", dir.resolve("none.p12").toString()))
                .orElseThrow().contains("illisible"));
        Path keystore = Files.writeString(dir.resolve("signing.p12"), "x");
        assertTrue(ClusterNodeCheck.problem(Map.of("SILLON_SIGNING_KEYSTORE", keystore.toString()))
                .orElseThrow().contains("mot de passe"));
        assertTrue(ClusterNodeCheck.problem(Map.of("SILLON_SIGNING_KEYSTORE", keystore.toString(),
                "SILLON_SIGNING_PASSWORD", "secret")).isEmpty());
    }
}
