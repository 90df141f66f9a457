package fr.sillon.ejb.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.sillon.domain.certificate.CertificateSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

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

    private final byte[] regularFont;
    private final byte[] boldFont;
    private final byte[] srgbProfile;

    public CertificateRenderer() {
        this.regularFont = resource("/fonts/DejaVuSans.ttf");
        this.boldFont = resource("/fonts/DejaVuSans-Bold.ttf");
        this.srgbProfile = resource("/icc/sRGB.icc");
    }

    private static byte[] resource(String path) {
        try (InputStream in = CertificateRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Ressource manquante : " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    private enum Style { H1, H2, H3, NAME, P, SMALL, NOTE }

    /** Writes one document: flowing text with page breaks, tags and the parent tree. */
    private final class Writer {
        final PDDocument doc;
        final CertificateSnapshot s;
        final PDType0Font regular;
        final PDType0Font bold;
        final Map<Style, float[]> sizes = new EnumMap<>(Style.class); // size, leading, space before
        final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        final PDStructureElement root;
        final List<PDPage> pages = new ArrayList<>();
        final Map<PDPage, COSArray> parentTree = new HashMap<>();
        final Map<Integer, Boolean> encodable = new HashMap<>();
        PDPage page;
        PDPageContentStream cs;
        float y;

        Writer(PDDocument doc, CertificateSnapshot s) throws IOException {
            this.doc = doc;
            this.s = s;
            this.regular = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(regularFont)), true);
            this.bold = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(boldFont)), true);
            sizes.put(Style.H1, new float[] {20, 26, 0});
            sizes.put(Style.H2, new float[] {13, 18, 14});
            sizes.put(Style.H3, new float[] {10.5f, 14, 8});
            sizes.put(Style.NAME, new float[] {15, 20, 4});
            sizes.put(Style.P, new float[] {10, 13.5f, 4});
            sizes.put(Style.SMALL, new float[] {8.5f, 11, 0});
            sizes.put(Style.NOTE, new float[] {8.5f, 11, 4});
            root = new PDStructureElement("Document", treeRoot);
            treeRoot.appendKid(root);
            newPage();
        }

        void body() throws IOException {
            boolean preview = s.number() == null;
            text(Style.H1, "H1", TITLE + (preview ? " — aperçu" : ""), 0.10f, 0.30f, 0.20f);
            text(Style.P, "P", "Compétences observées et validées en situation de travail", 0.35f, 0.35f, 0.35f);
            text(Style.P, "P", preview ? "Aperçu : ce document n’est pas une attestation délivrée (ni numéro ni signature)."
                    : "N° " + s.number() + " — délivrée le " + date(s.issuedOn()), 0, 0, 0);
            space(8);
            var issuer = s.issuer();
            String where = join(", ", issuer.address(), issuer.city());
            text(Style.P, "P", issuer.structureName() + (where.isEmpty() ? "" : ", " + where) + ", atteste que", 0, 0, 0);
            text(Style.NAME, "P", s.holder().fullName(), 0, 0, 0);
            text(Style.P, "P", periodSentence(), 0, 0, 0);

            for (var f : s.frameworks()) {
                text(Style.H2, "H2", f.title() + (f.version() == null ? "" : " (version " + f.version() + ")"),
                        0.10f, 0.30f, 0.20f);
                if (f.clea()) {
                    text(Style.NOTE, "P", CertificateSnapshot.CLEA_NOTE, 0.35f, 0.25f, 0.05f);
                }
                for (var d : f.domains()) {
                    text(Style.H3, "H3", d.code() == null || d.code().isBlank() ? d.title() : d.code() + " — " + d.title(),
                            0, 0, 0);
                    for (var c : d.criteria()) {
                        // a criterion and its detail line stay on the same page
                        int lines = wrap(safe(regular, c.code() + "  " + c.title()), regular, 10, WIDTH).size();
                        if (y - (4 + lines * 13.5f + 2 * 11) < BOTTOM) {
                            newPage();
                        }
                        text(Style.P, "P", c.code() + "  " + c.title(), 0, 0, 0);
                        String detail = "Validé le " + shortDate(c.validatedOn())
                                + (c.workSituations().isEmpty() ? ""
                                : " · observé lors de : " + String.join(", ", c.workSituations()));
                        text(Style.SMALL, "P", detail, 0.35f, 0.35f, 0.35f);
                    }
                }
            }
            if (s.frameworks().isEmpty()) {
                text(Style.P, "P", "Aucun critère validé à la date de l’attestation.", 0, 0, 0);
            }

            text(Style.H2, "H2", "Sauveteur Secouriste du Travail (SST)", 0.10f, 0.30f, 0.20f);
            var sst = s.sst();
            if (sst == null) {
                text(Style.P, "P", "Aucune formation SST enregistrée pendant le parcours.", 0, 0, 0);
            } else {
                text(Style.P, "P", "Certificat SST obtenu le " + date(sst.certifiedOn()) + ", valable jusqu’au "
                        + date(sst.validUntil()) + (sst.validOnIssue()
                        ? " : en cours de validité à la date de la présente attestation."
                        : " : expiré à la date de la présente attestation (un maintien et actualisation des "
                        + "compétences, MAC, permet de le renouveler)."), 0, 0, 0);
                text(Style.NOTE, "P", CertificateSnapshot.SST_NOTE, 0.35f, 0.35f, 0.35f);
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
            if (y - 124 < BOTTOM) {
                newPage();
            }
            text(Style.H2, "H2", "Signature", 0.10f, 0.30f, 0.20f);
            float top = y;
            if (withQr) {
                drawQr(s.verifyUrl(), MARGIN + WIDTH - qr, top - qr, qr);
            }
            y -= 2;
            textAt(Style.P, "P", "Fait" + (issuer.city() == null || issuer.city().isBlank() ? "" : " à " + issuer.city())
                    + ", le " + date(s.issuedOn()) + ".", MARGIN, column);
            textAt(Style.P, "P", join(", ", issuer.signatoryName(), issuer.signatoryRole()), MARGIN, column);
            if (s.number() != null) {
                y -= 4;
                textAt(Style.NOTE, "P", "Document signé électroniquement par " + issuer.structureName()
                        + " ; toute modification du fichier invalide la signature.", MARGIN, column);
            }
            if (withQr) {
                y -= 4;
                textAt(Style.NOTE, "P", "Vérifiez l’authenticité de cette attestation en scannant le code ou à "
                        + "l’adresse : " + s.verifyUrl(), MARGIN, column);
                y = Math.min(y, top - qr - 6);
            }
        }

        // ----- flow -----

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, pages.size());
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            pages.add(page);
            parentTree.put(page, new COSArray());
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        }

        void space(float pts) {
            y -= pts;
        }

        void text(Style style, String tag, String text, float r, float g, float b) throws IOException {
            float[] m = sizes.get(style);
            y -= m[2];
            writeLines(style, tag, text, MARGIN, WIDTH, r, g, b);
        }

        void textAt(Style style, String tag, String text, float x, float width) throws IOException {
            float grey = style == Style.NOTE ? 0.35f : 0f;
            writeLines(style, tag, text, x, width, grey, grey, grey);
        }

        private void writeLines(Style style, String tag, String text, float x, float width, float r, float g, float b)
                throws IOException {
            float[] m = sizes.get(style);
            PDType0Font font = style == Style.H1 || style == Style.H2 || style == Style.H3 || style == Style.NAME
                    ? bold : regular;
            float size = m[0];
            List<String> lines = wrap(safe(font, text), font, size, width);
            PDStructureElement element = new PDStructureElement(tag, root);
            root.appendKid(element);
            int i = 0;
            // headings are kept with at least two following lines
            float needed = (style == Style.H2 || style == Style.H3) ? m[1] * 3 : m[1];
            while (i < lines.size()) {
                if (y - needed < BOTTOM) {
                    newPage();
                }
                beginTagged(element, tag);
                cs.beginText();
                cs.setFont(font, size);
                cs.setNonStrokingColor(r, g, b);
                float lineY = y - size;
                cs.newLineAtOffset(x, lineY);
                int first = i;
                while (i < lines.size() && y - m[1] >= BOTTOM - 0.01f) {
                    if (i > first) {
                        cs.newLineAtOffset(0, -m[1]);
                    }
                    cs.showText(lines.get(i));
                    y -= m[1];
                    i++;
                }
                cs.endText();
                cs.endMarkedContent();
                needed = m[1];
            }
        }

        /** Opens a marked-content sequence tied to a structure element on the current page; returns its MCID. */
        private int beginTagged(PDStructureElement element, String tag) throws IOException {
            COSArray refs = parentTree.get(page);
            int mcid = refs.size();
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            cs.beginMarkedContent(COSName.getPDFName(tag), PDPropertyList.create(props));
            COSDictionary mcr = new COSDictionary();
            mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
            mcr.setItem(COSName.PG, page.getCOSObject());
            mcr.setInt(COSName.MCID, mcid);
            COSArray kids = element.getCOSObject().getCOSArray(COSName.K);
            if (kids == null) {
                kids = new COSArray();
                element.getCOSObject().setItem(COSName.K, kids);
            }
            kids.add(mcr);
            if (element.getPage() == null) {
                element.setPage(page);
            }
            refs.add(element.getCOSObject());
            return mcid;
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
            PDStructureElement figure = new PDStructureElement("Figure", root);
            figure.setAlternateDescription("Code QR de vérification menant à " + url);
            root.appendKid(figure);
            COSDictionary layout = new COSDictionary();
            layout.setItem(COSName.O, COSName.getPDFName("Layout"));
            COSArray bbox = new COSArray();
            for (float v : new float[] {x, yBottom, x + size, yBottom + size}) {
                bbox.add(new org.apache.pdfbox.cos.COSFloat(v));
            }
            layout.setItem(COSName.BBOX, bbox);
            figure.getCOSObject().setItem(COSName.A, layout);
            beginTagged(figure, "Figure");
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

        // ----- header, footer, catalogue -----

        void finish() throws IOException {
            cs.close();
            int n = pages.size();
            String header = safe(bold, s.issuer().structureName());
            String headerRight = safe(regular, s.number() == null ? "Aperçu" : "Attestation n° " + s.number());
            for (int i = 0; i < n; i++) {
                PDPage p = pages.get(i);
                try (PDPageContentStream c = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    c.beginMarkedContent(COSName.ARTIFACT);
                    float top = PDRectangle.A4.getHeight() - 50f;
                    c.setNonStrokingColor(0.10f, 0.30f, 0.20f);
                    c.beginText();
                    c.setFont(bold, 11);
                    c.newLineAtOffset(MARGIN, top);
                    c.showText(header);
                    c.endText();
                    c.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    c.beginText();
                    c.setFont(regular, 8.5f);
                    c.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(headerRight) / 1000 * 8.5f, top);
                    c.showText(headerRight);
                    c.endText();
                    c.setStrokingColor(0.10f, 0.30f, 0.20f);
                    c.setLineWidth(0.8f);
                    c.moveTo(MARGIN, top - 8);
                    c.lineTo(MARGIN + WIDTH, top - 8);
                    c.stroke();
                    // footer: short URL and page numbers
                    c.moveTo(MARGIN, 52);
                    c.lineTo(MARGIN + WIDTH, 52);
                    c.setLineWidth(0.4f);
                    c.stroke();
                    String left = safe(regular, s.verifyUrl() == null ? "Aperçu non signé" : "Vérification : "
                            + s.verifyUrl());
                    String right = "Page " + (i + 1) + " / " + n;
                    c.beginText();
                    c.setFont(regular, 8);
                    c.newLineAtOffset(MARGIN, 40);
                    c.showText(left);
                    c.endText();
                    c.beginText();
                    c.setFont(regular, 8);
                    c.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(right) / 1000 * 8, 40);
                    c.showText(right);
                    c.endText();
                    c.endMarkedContent();
                }
            }

            // structure tree: parent tree (page StructParents → elements by MCID)
            COSArray nums = new COSArray();
            for (int i = 0; i < n; i++) {
                nums.add(COSInteger.get(i));
                nums.add(parentTree.get(pages.get(i)));
            }
            COSDictionary parentTreeDict = new COSDictionary();
            parentTreeDict.setItem(COSName.NUMS, nums);
            treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, parentTreeDict);
            treeRoot.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, n);

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setStructureTreeRoot(treeRoot);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            catalog.setLanguage("fr-FR");
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);

            String title = TITLE + (s.number() == null ? " (aperçu)" : " n° " + s.number()) + " — "
                    + s.holder().fullName();
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), FR);
            created.set(Calendar.MILLISECOND, 0);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(s.issuer().structureName());
            info.setCreator("Sillon");
            info.setProducer(PRODUCER);
            info.setCreationDate(created);
            info.setModificationDate(created);
            if (s.number() != null) {
                info.setCustomMetadataValue(NUMBER_KEY, s.number());
            }

            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(title, s.issuer().structureName(), created).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);

            PDOutputIntent intent = new PDOutputIntent(doc, new java.io.ByteArrayInputStream(srgbProfile));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }

        /** Replaces characters the font cannot show (never expected with DejaVu Sans) by a question mark. */
        private String safe(PDType0Font font, String text) {
            if (text == null) {
                return "";
            }
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\t' || cp == '\r') {
                    b.append(' ');
                    return;
                }
                if (cp == '\u202f' || cp == '\u00a0') {
                    b.append(' ');
                    return;
                }
                boolean ok = encodable.computeIfAbsent(cp, c -> {
                    try {
                        regular.encode(new String(Character.toChars(c)));
                        bold.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }

    /** Greedy line breaking; each word is measured once (widths in font units, 1/1000 of the size). */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float max = width * 1000 / size;
        float space = font.getStringWidth(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float w = font.getStringWidth(word);
            if (line.length() > 0 && lineWidth + space + w <= max) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            // a word longer than the line (a URL): cut it
            String rest = word;
            while (w > max) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                w = font.getStringWidth(rest);
            }
            line.append(rest);
            lineWidth = w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
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

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String xmp(String title, String author, Calendar created) {
        String when = ZonedDateTime.ofInstant(created.toInstant(), ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>Sillon</xmp:CreatorTool><xmp:CreateDate>" + when + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + when + "</xmp:ModifyDate></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + xml(PRODUCER) + "</pdf:Producer></rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }
}
