package fr.sillon.ejb.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.sillon.domain.certificate.CertificateSnapshot;
import fr.sillon.ejb.pdf.PdfFlow;
import fr.sillon.ejb.pdf.PdfFlow.Colour;
import fr.sillon.ejb.pdf.PdfFlow.Style;
import fr.sillon.ejb.pdf.PdfMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Renders the PDF of a certificate from its {@link CertificateSnapshot} only: A4, embedded Unicode font (DejaVu Sans),
 * the structure's name in the header of every page, "Page x / n", title and language (fr-FR) set, tagged structure
 * (Document, H1–H3, P, Figure; headers and footers as artifacts), PDF/A-2b (XMP metadata, sRGB output intent) and a
 * QR code (vector) to the public verification page, with the short URL printed.
 *
 * <p>Thread-safe: font and profile bytes are read once; each call builds its own document.
 */
public class CertificateRenderer {
    public static final String TITLE = "Attestation de compétences";
    public static final String PRODUCER = "Sillon (Apache PDFBox)";
    /** Custom document-information key carrying the certificate number (covered by the signature). */
    public static final String NUMBER_KEY = "SillonCertificateNumber";

    private static final Locale FR = Locale.FRANCE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);

    private static final float MARGIN = 56f;
    private static final float TOP = PDRectangle.A4.getHeight() - 90f;
    private static final float BOTTOM = 72f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    // size, leading, space before, bold, kept with the next lines
    static final Style H1 = new Style(20, 26, 0, true, false);
    static final Style H2 = new Style(13, 18, 14, true, true);
    static final Style H3 = new Style(10.5f, 14, 8, true, true);
    static final Style NAME = new Style(15, 20, 4, true, false);
    static final Style P = new Style(10, 13.5f, 4, false, false);
    static final Style SMALL = new Style(8.5f, 11, 0, false, false);
    static final Style NOTE = new Style(8.5f, 11, 4, false, false);
    static final Colour CLEA_BROWN = new Colour(0.35f, 0.25f, 0.05f);

    /** The unsigned PDF/A-2b of a snapshot; a snapshot without number is rendered as a preview. */
    public byte[] render(CertificateSnapshot s) {
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, s);
            w.body();
            w.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String date(LocalDate d) {
        return d == null ? "" : LONG_DATE.format(d);
    }

    static String shortDate(LocalDate d) {
        return d == null ? "" : SHORT_DATE.format(d);
    }

    static String hours(BigDecimal h) {
        NumberFormat f = NumberFormat.getIntegerInstance(FR);
        // French grouping uses a (narrow) no-break space: print an ordinary space
        return f.format(h).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Writes one certificate on a {@link PdfFlow}. */
    private static final class Writer {
        final PDDocument doc;
        final CertificateSnapshot s;
        final PdfFlow flow;

        Writer(PDDocument doc, CertificateSnapshot s) throws IOException {
            this.doc = doc;
            this.s = s;
            this.flow = new PdfFlow(doc, MARGIN, TOP, BOTTOM);
        }

        void text(Style style, String tag, String text, Colour colour) throws IOException {
            flow.text(style, tag, text, colour);
        }

        void textAt(Style style, String tag, String text, float x, float width) throws IOException {
            flow.textAt(style, tag, text, x, width, style == NOTE ? Colour.GREY : Colour.BLACK);
        }

        void body() throws IOException {
            boolean preview = s.number() == null;
            text(H1, "H1", TITLE + (preview ? " — aperçu" : ""), Colour.GREEN);
            text(P, "P", "Compétences observées et validées en situation de travail", Colour.GREY);
            text(P, "P", preview ? "Aperçu : ce document n’est pas une attestation délivrée (ni numéro ni signature)."
                    : "N° " + s.number() + " — délivrée le " + date(s.issuedOn()), Colour.BLACK);
            flow.space(8);
            var issuer = s.issuer();
            String where = join(", ", issuer.address(), issuer.city());
            text(P, "P", issuer.structureName() + (where.isEmpty() ? "" : ", " + where) + ", atteste que", Colour.BLACK);
            text(NAME, "P", s.holder().fullName(), Colour.BLACK);
            text(P, "P", periodSentence(), Colour.BLACK);

            for (var f : s.frameworks()) {
                text(H2, "H2", f.title() + (f.version() == null ? "" : " (version " + f.version() + ")"),
                        Colour.GREEN);
                if (f.clea()) {
                    text(NOTE, "P", CertificateSnapshot.CLEA_NOTE, CLEA_BROWN);
                }
                for (var d : f.domains()) {
                    text(H3, "H3", d.code() == null || d.code().isBlank() ? d.title() : d.code() + " — " + d.title(),
                            Colour.BLACK);
                    for (var c : d.criteria()) {
                        // a criterion and its detail line stay on the same page
                        int lines = flow.lines(P, c.code() + "  " + c.title());
                        flow.keep(P.before() + lines * P.leading() + 2 * SMALL.leading());
                        text(P, "P", c.code() + "  " + c.title(), Colour.BLACK);
                        String detail = "Validé le " + shortDate(c.validatedOn())
                                + (c.workSituations().isEmpty() ? ""
                                : " · observé lors de : " + String.join(", ", c.workSituations()));
                        text(SMALL, "P", detail, Colour.GREY);
                    }
                }
            }
            if (s.frameworks().isEmpty()) {
                text(P, "P", "Aucun critère validé à la date de l’attestation.", Colour.BLACK);
            }

            text(H2, "H2", "Sauveteur Secouriste du Travail (SST)", Colour.GREEN);
            var sst = s.sst();
            if (sst == null) {
                text(P, "P", "Aucune formation SST enregistrée pendant le parcours.", Colour.BLACK);
            } else {
                text(P, "P", "Certificat SST obtenu le " + date(sst.certifiedOn()) + ", valable jusqu’au "
                        + date(sst.validUntil()) + (sst.validOnIssue()
                        ? " : en cours de validité à la date de la présente attestation."
                        : " : expiré à la date de la présente attestation (un maintien et actualisation des "
                        + "compétences, MAC, permet de le renouveler)."), Colour.BLACK);
                text(NOTE, "P", CertificateSnapshot.SST_NOTE, Colour.GREY);
            }

            signatureAndQr();
        }

        private String periodSentence() {
            var p = s.period();
            StringBuilder b = new StringBuilder("a suivi un parcours d’insertion au sein de la structure ");
            if (p.exitDate() != null) {
                b.append("du ").append(date(p.entryDate())).append(" au ").append(date(p.exitDate()));
            } else {
                b.append("depuis le ").append(date(p.entryDate()));
            }
            if (p.hours() != null && p.hours().signum() > 0) {
                b.append(", soit environ ").append(hours(p.hours()))
                        .append(" heures de travail en contrat à durée déterminée d’insertion (CDDI)");
            }
            b.append(", et que les compétences suivantes ont été observées et validées en situation de travail "
                    + "par l’équipe d’encadrement.");
            return b.toString();
        }

        private void signatureAndQr() throws IOException {
            var issuer = s.issuer();
            float qr = 86f;
            boolean withQr = s.verifyUrl() != null;
            float column = withQr ? WIDTH - qr - 16 : WIDTH;
            // the signature block and the QR code beside it stay together (about 120 pt)
            flow.keep(124);
            text(H2, "H2", "Signature", Colour.GREEN);
            float top = flow.y();
            if (withQr) {
                drawQr(s.verifyUrl(), MARGIN + WIDTH - qr, top - qr, qr);
            }
            flow.space(2);
            textAt(P, "P", "Fait" + (issuer.city() == null || issuer.city().isBlank() ? "" : " à " + issuer.city())
                    + ", le " + date(s.issuedOn()) + ".", MARGIN, column);
            textAt(P, "P", join(", ", issuer.signatoryName(), issuer.signatoryRole()), MARGIN, column);
            if (s.number() != null) {
                flow.space(4);
                textAt(NOTE, "P", "Document signé électroniquement par " + issuer.structureName()
                        + " ; toute modification du fichier invalide la signature.", MARGIN, column);
            }
            if (withQr) {
                flow.space(4);
                textAt(NOTE, "P", "Vérifiez l’authenticité de cette attestation en scannant le code ou à "
                        + "l’adresse : " + s.verifyUrl(), MARGIN, column);
                flow.y(Math.min(flow.y(), top - qr - 6));
            }
        }

        private void drawQr(String url, float x, float yBottom, float size) throws IOException {
            BitMatrix matrix;
            try {
                Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
                hints.put(EncodeHintType.MARGIN, 0);
                hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
                hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
            } catch (WriterException e) {
                throw new IllegalArgumentException("QR code impossible pour " + url, e);
            }
            PDStructureElement figure = flow.element("Figure");
            figure.setAlternateDescription("Code QR de vérification menant à " + url);
            COSDictionary layout = new COSDictionary();
            layout.setItem(COSName.O, COSName.getPDFName("Layout"));
            COSArray bbox = new COSArray();
            for (float v : new float[] {x, yBottom, x + size, yBottom + size}) {
                bbox.add(new org.apache.pdfbox.cos.COSFloat(v));
            }
            layout.setItem(COSName.BBOX, bbox);
            figure.getCOSObject().setItem(COSName.A, layout);
            flow.beginTagged(figure, "Figure");
            PDPageContentStream cs = flow.content();
            int n = matrix.getWidth();
            float module = size / n;
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < n; row++) {
                int col = 0;
                while (col < n) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < n && matrix.get(col, row)) {
                        col++;
                    }
                    cs.addRect(x + start * module, yBottom + size - (row + 1) * module, (col - start) * module, module);
                }
            }
            cs.fill();
            cs.endMarkedContent();
        }

        // ----- header, footer, metadata -----

        void finish() throws IOException {
            flow.finish(this::decorate);
            String title = TITLE + (s.number() == null ? " (aperçu)" : " n° " + s.number()) + " — "
                    + s.holder().fullName();
            PDDocumentInformation info = PdfMetadata.pdfA(doc, title, s.issuer().structureName(), PRODUCER);
            if (s.number() != null) {
                info.setCustomMetadataValue(NUMBER_KEY, s.number());
            }
        }

        /** The structure's name and the number on top, the verification address and « Page x / n » at the foot. */
        private void decorate(PDPageContentStream c, int i, int n) throws IOException {
            String header = flow.safe(s.issuer().structureName());
            String headerRight = flow.safe(s.number() == null ? "Aperçu" : "Attestation n° " + s.number());
            float top = PDRectangle.A4.getHeight() - 50f;
            c.setNonStrokingColor(Colour.GREEN.r(), Colour.GREEN.g(), Colour.GREEN.b());
            c.beginText();
            c.setFont(flow.bold(), 11);
            c.newLineAtOffset(MARGIN, top);
            c.showText(header);
            c.endText();
            c.setNonStrokingColor(Colour.GREY.r(), Colour.GREY.g(), Colour.GREY.b());
            c.beginText();
            c.setFont(flow.regular(), 8.5f);
            c.newLineAtOffset(MARGIN + WIDTH - flow.regular().getStringWidth(headerRight) / 1000 * 8.5f, top);
            c.showText(headerRight);
            c.endText();
            c.setStrokingColor(Colour.GREEN.r(), Colour.GREEN.g(), Colour.GREEN.b());
            c.setLineWidth(0.8f);
            c.moveTo(MARGIN, top - 8);
            c.lineTo(MARGIN + WIDTH, top - 8);
            c.stroke();
            // footer: short URL and page numbers
            c.moveTo(MARGIN, 52);
            c.lineTo(MARGIN + WIDTH, 52);
            c.setLineWidth(0.4f);
            c.stroke();
            String left = flow.safe(s.verifyUrl() == null ? "Aperçu non signé" : "Vérification : "
                    + s.verifyUrl());
            String right = "Page " + (i + 1) + " / " + n;
            c.beginText();
            c.setFont(flow.regular(), 8);
            c.newLineAtOffset(MARGIN, 40);
            c.showText(left);
            c.endText();
            c.beginText();
            c.setFont(flow.regular(), 8);
            c.newLineAtOffset(MARGIN + WIDTH - flow.regular().getStringWidth(right) / 1000 * 8, 40);
            c.showText(right);
            c.endText();
        }
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p.strip());
            }
        }
        return b.toString();
    }
}
