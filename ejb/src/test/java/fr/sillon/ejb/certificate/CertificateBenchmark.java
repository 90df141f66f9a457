package fr.sillon.ejb.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Benchmark (not a test): median time to render and sign one two-page certificate after warm-up, and the throughput
 * of a batch of 500 on one thread. Run with {@code ./mvnw -f ejb/pom.xml -Pbench test-compile exec:java}
 * (or {@code -pl ejb -Pbench}). Target: median under 100 ms.
 */
public final class CertificateBenchmark {
    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 100);
        int samples = Integer.getInteger("bench.samples", 200);
        int batch = Integer.getInteger("bench.batch", 500);
        Path keys = Files.createTempDirectory("sillon-bench");
        CertificatePdf pdf = new CertificatePdf(new CertificateRenderer(), CertificateSigner.demo(keys));
        var snapshot = CertificateSamples.twoPages();
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 10, 30);
        var first = pdf.issue(snapshot, at);
        try (PDDocument doc = Loader.loadPDF(first.pdf())) {
            System.out.printf("Certificat de %d pages, %d octets%n", doc.getNumberOfPages(), first.pdf().length);
        }
        for (int i = 0; i < warmup; i++) {
            pdf.issue(snapshot, at);
        }
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            pdf.issue(snapshot, at);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("Rendu + signature + SHA-256 : médiane %.1f ms, p90 %.1f ms, min %.1f ms (%d mesures après %d "
                        + "d'échauffement)%n", times[samples / 2] / 1e6, times[samples * 9 / 10] / 1e6, times[0] / 1e6,
                samples, warmup);
        long t = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            pdf.issue(snapshot, at);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("Lot de %d : %.1f s, %.1f attestations/s (un fil)%n", batch, seconds, batch / seconds);
    }
}
