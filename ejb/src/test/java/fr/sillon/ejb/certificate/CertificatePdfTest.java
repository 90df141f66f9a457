package fr.sillon.ejb.certificate;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.certificate.CertificateSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatePdfTest {
    @TempDir
    static Path keys;
    static CertificatePdf pdf;
    static CertificatePdf.Signed small;
    static CertificatePdf.Signed twoPages;

    @BeforeAll
    static void issue() {
        pdf = new CertificatePdf(new CertificateRenderer(), CertificateSigner.demo(keys));
        small = pdf.issue(CertificateSamples.small(), LocalDateTime.of(2026, 3, 2, 10, 30));
        twoPages = pdf.issue(CertificateSamples.twoPages(), LocalDateTime.of(2026, 3, 2, 10, 30));
        String dump = System.getProperty("sillon.certificate.dump");
        if (dump != null) {
            try {
                java.nio.file.Files.write(Path.of(dump, "small.pdf"), small.pdf());
                java.nio.file.Files.write(Path.of(dump, "two-pages.pdf"), twoPages.pdf());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void extractedTextHoldsNamesAndCriteriaWithAccentsIntact() throws IOException {
        String text = text(small.pdf());
        assertTrue(text.contains("Zoé Lœwenbrück-Élie"), text);
        assertTrue(text.contains("Les Jardins de l’Œuvre · Chantier d’insertion"), text);
        assertTrue(text.contains("Attestation de compétences"), text);
        assertTrue(text.contains("N° SIL-2026-000123 — délivrée le 2 mars 2026"), text);
        assertTrue(text.contains("1.2.1 Exprimer un propos en utilisant le lexique professionnel approprié")
                || text.contains("1.2.1  Exprimer un propos en utilisant le lexique professionnel approprié"), text);
        assertTrue(text.contains("observé lors de : Récolte, Semis en mottes"), text);
        assertTrue(text.contains("Conduire une culture sous abri (serre « tunnel »)"), text);
        assertTrue(text.contains("Maraîchage biologique — cœur de métier"), text);
        assertTrue(text.contains("Préparation au CléA — Sillon n’est pas certificateur"), text);
        assertTrue(text.contains("valable jusqu’au 12 juin 2027"), text);
        assertTrue(text.contains("du 10 mars 2025 au 27 février 2026"), text);
        assertTrue(text.contains("environ 1 196 heures"), text);
        assertTrue(text.contains("Hélène Lefèvre, Directrice"), text);
        assertTrue(text.contains(CertificateSamples.URL), "short URL printed: " + text);
        assertTrue(text.contains("Page 1 / 1"), text);
    }

    @Test
    void longCertificateHasNumberedPagesAndTheStructureOnEach() throws IOException {
        try (PDDocument doc = Loader.loadPDF(twoPages.pdf())) {
            assertEquals(2, doc.getNumberOfPages());
            for (int p = 1; p <= 2; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertTrue(page.contains("Page " + p + " / 2"), page);
                assertTrue(page.contains("Les Jardins de l’Œuvre"), page);
            }
        }
    }

    @Test
    void a4TitleLanguageTaggedEmbeddedFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(small.pdf())) {
            var page = doc.getPage(0);
            assertEquals(595.27, page.getMediaBox().getWidth(), 0.1);
            assertEquals(841.89, page.getMediaBox().getHeight(), 0.1);
            assertEquals("fr-FR", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Attestation de compétences n° SIL-2026-000123"));
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root);
            assertFalse(root.getKids().isEmpty());
            assertNotNull(doc.getDocumentCatalog().getMetadata());
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size());
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    @Test
    void qrCodeStaysAboveTheFooter() throws IOException {
        for (byte[] bytes : new byte[][] {small.pdf(), twoPages.pdf()}) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                var last = doc.getPage(doc.getNumberOfPages() - 1);
                var figure = doc.getDocumentCatalog().getStructureTreeRoot().getKids().stream()
                        .map(k -> (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k)
                        .flatMap(d -> d.getKids().stream())
                        .map(k -> (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k)
                        .filter(e -> "Figure".equals(e.getStructureType())).findFirst().orElseThrow();
                assertTrue(figure.getAlternateDescription().contains(CertificateSamples.URL));
                var bbox = (org.apache.pdfbox.cos.COSArray) figure.getCOSObject()
                        .getCOSDictionary(org.apache.pdfbox.cos.COSName.A)
                        .getDictionaryObject(org.apache.pdfbox.cos.COSName.BBOX);
                float bottom = ((org.apache.pdfbox.cos.COSNumber) bbox.getObject(1)).floatValue();
                assertTrue(bottom >= 70, "QR code bottom at " + bottom + " on a page of height "
                        + last.getMediaBox().getHeight());
            }
        }
    }

    @Test
    void hashIsTheSha256OfTheSignedBytes() {
        assertEquals(64, small.sha256().length());
        // computed apart with the JDK, not through Sillon's helper
        assertEquals(java.util.HexFormat.of().formatHex(assertDoesNotThrow(
                () -> java.security.MessageDigest.getInstance("SHA-256").digest(small.pdf()))), small.sha256());
        assertNotEquals(small.sha256(), twoPages.sha256());
    }

    @Test
    void signatureValidatesAndGivesTheNumber() {
        var result = pdf.verify(small.pdf());
        assertEquals(CertificateVerifier.Outcome.AUTHENTIC, result.outcome());
        assertEquals(CertificateSamples.NUMBER, result.number());
        assertEquals(small.sha256(), result.sha256());
    }

    @Test
    void aModifiedByteIsDetected() throws IOException {
        byte[] bytes = small.pdf();
        int[] range;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            range = doc.getSignatureDictionaries().get(0).getByteRange();
        }
        int checked = 0;
        for (int i = 1; i < 100; i++) {
            int at = (int) ((long) bytes.length * i / 100);
            if (at >= range[1] && at < range[2]) {
                continue; // inside the signature value itself: covered by the next test
            }
            byte[] altered = bytes.clone();
            altered[at] ^= 0x01;
            assertEquals(CertificateVerifier.Outcome.ALTERED, pdf.verify(altered).outcome(), "byte " + at);
            checked++;
        }
        assertTrue(checked > 20, "bytes checked: " + checked);
    }

    @Test
    void aModifiedSignatureValueIsDetected() throws IOException {
        byte[] bytes = small.pdf();
        int[] range;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            range = doc.getSignatureDictionaries().get(0).getByteRange();
        }
        // a hex digit of the CMS, then one of its zero padding
        for (int at : new int[] {range[1] + 200, range[2] - 10}) {
            byte[] altered = bytes.clone();
            altered[at] = (byte) (altered[at] == '1' ? '2' : '1');
            assertEquals(CertificateVerifier.Outcome.ALTERED, pdf.verify(altered).outcome(), "byte " + at);
        }
    }

    @Test
    void appendedUpdateAfterSigningIsDetected() {
        byte[] bytes = small.pdf();
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        longer[bytes.length] = '\n';
        longer[bytes.length + 1] = '%';
        longer[bytes.length + 2] = 'x';
        assertEquals(CertificateVerifier.Outcome.ALTERED, pdf.verify(longer).outcome());
    }

    @Test
    void unsignedPreviewOrOtherFilesAreNotCertificates() {
        byte[] preview = pdf.preview(CertificateSamples.small().numbered(null, null));
        assertEquals(CertificateVerifier.Outcome.NOT_SIGNED, pdf.verify(preview).outcome());
        assertEquals(CertificateVerifier.Outcome.NOT_SIGNED, pdf.verify("bonjour".getBytes()).outcome());
    }

    @Test
    void aSignatureByAnotherKeyIsNotSillons(@TempDir Path otherKeys) {
        var other = new CertificatePdf(new CertificateRenderer(), CertificateSigner.demo(otherKeys));
        var forged = other.issue(CertificateSamples.small(), LocalDateTime.of(2026, 3, 2, 10, 30));
        assertEquals(CertificateVerifier.Outcome.AUTHENTIC, other.verify(forged.pdf()).outcome());
        assertEquals(CertificateVerifier.Outcome.UNKNOWN_SIGNER, pdf.verify(forged.pdf()).outcome());
    }

    @Test
    void demoKeyIsCreatedOnceThenReused() {
        var again = CertificateSigner.demo(keys);
        assertEquals(pdf.signer().certificate(), again.certificate());
        assertTrue(again.isDemo());
    }

    @Test
    void keystoreFromEnvironment() {
        Path file = keys.resolve(CertificateSigner.DEMO_FILE);
        var signer = CertificateSigner.fromEnvironment(java.util.Map.of(CertificateSigner.ENV_KEYSTORE, file.toString(),
                CertificateSigner.ENV_PASSWORD, new String(CertificateSigner.DEMO_PASSWORD)), Path.of("/nonexistent"));
        assertFalse(signer.isDemo());
        assertEquals(pdf.signer().certificate(), signer.certificate());
        assertThrows(IllegalStateException.class, () -> CertificateSigner.fromEnvironment(java.util.Map.of(
                CertificateSigner.ENV_KEYSTORE, file.toString(), CertificateSigner.ENV_PASSWORD, "faux"),
                Path.of("/nonexistent")));
    }

    @Test
    void snapshotSurvivesItsJsonForm() {
        CertificateSnapshot s = CertificateSamples.small();
        String json = SnapshotJson.write(s);
        assertTrue(json.contains("Lœwenbrück-Élie"));
        assertEquals(s, SnapshotJson.read(json));
        CertificateSnapshot preview = s.numbered(null, null);
        assertEquals(preview, SnapshotJson.read(SnapshotJson.write(preview)));
        assertEquals(s.criteriaCount(), SnapshotJson.read(json).criteriaCount());
    }

    @Test
    void sameSnapshotRendersTheSameText() throws IOException {
        // the PDF is rendered from the snapshot only: rendering it again states the same thing
        CertificateSnapshot s = SnapshotJson.read(SnapshotJson.write(CertificateSamples.small()));
        assertEquals(text(pdf.preview(CertificateSamples.small())), text(pdf.preview(s)));
    }

}
