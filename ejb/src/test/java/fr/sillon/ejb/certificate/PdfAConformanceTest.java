package fr.sillon.ejb.certificate;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The signed certificate conforms to PDF/A-2b (checked with veraPDF). */
class PdfAConformanceTest {
    @TempDir
    static Path keys;

    @BeforeAll
    static void init() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static void assertPdfA2b(byte[] bytes) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), failures);
        }
    }

    @Test
    void signedTwoPageCertificateIsPdfA2b() throws Exception {
        var pdf = new CertificatePdf(new CertificateRenderer(), CertificateSigner.demo(keys));
        assertPdfA2b(pdf.issue(CertificateSamples.twoPages(), LocalDateTime.of(2026, 3, 2, 10, 30)).pdf());
    }

    @Test
    void previewIsPdfA2b() throws Exception {
        var pdf = new CertificatePdf(new CertificateRenderer(), CertificateSigner.demo(keys));
        assertPdfA2b(pdf.preview(CertificateSamples.small().numbered(null, null)));
    }
}
