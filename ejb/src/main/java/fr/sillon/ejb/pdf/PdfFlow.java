package fr.sillon.ejb.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A4 flow layout shared by Sillon's documents (certificates, referent summaries): text in styles flowing top-down,
 * wrapped, onto as many pages as needed, headings kept with what follows, every text tagged (a structure element
 * per paragraph, marked content by MCID, the parent tree), header and footer drawn as artifacts once the page count
 * is known. Fonts: DejaVu Sans regular and bold, embedded as subsets. One instance writes one document.
 */
public final class PdfFlow {
    /** An RGB colour (components 0–1). */
    public record Colour(float r, float g, float b) {
        public static final Colour BLACK = new Colour(0, 0, 0);
        public static final Colour GREEN = new Colour(0.10f, 0.30f, 0.20f);
        public static final Colour GREY = new Colour(0.35f, 0.35f, 0.35f);
    }

    /**
     * A text style: font size, leading, space before, bold or not, and whether it keeps at least two lines after it on
     * its page (headings).
     */
    public record Style(float size, float leading, float before, boolean bold, boolean keepWithNext) {
    }

    /** Draws the header and footer of page {@code index} (0-based) of {@code count}, as an artifact. */
    @FunctionalInterface
    public interface Decoration {
        void draw(PDPageContentStream c, int index, int count) throws IOException;
    }

    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");

    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float margin;
    private final float width;
    private final float top;
    private final float bottom;
    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final PDStructureElement root;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<PDPage, COSArray> parentTree = new HashMap<>();
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    /** A flow between {@code margin} left and right, from {@code top} down to {@code bottom} (points from the foot). */
    public PdfFlow(PDDocument doc, float margin, float top, float bottom) throws IOException {
        this.doc = doc;
        this.regular = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)), true);
        this.bold = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(BOLD)), true);
        this.margin = margin;
        this.width = PDRectangle.A4.getWidth() - 2 * margin;
        this.top = top;
        this.bottom = bottom;
        root = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(root);
        newPage();
    }

    static byte[] resource(String path) {
        try (InputStream in = PdfFlow.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Ressource manquante : " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font regular() { return regular; }
    public PDType0Font bold() { return bold; }
    public float margin() { return margin; }
    public float width() { return width; }
    public float y() { return y; }
    public void y(float y) { this.y = y; }
    public PDPageContentStream content() { return cs; }

    public void newPage() throws IOException {
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
        y = top;
    }

    public void space(float pts) {
        y -= pts;
    }

    /** Opens a new page unless {@code height} points still fit on this one. */
    public void keep(float height) throws IOException {
        if (y - height < bottom) {
            newPage();
        }
    }

    /** How many lines {@code text} takes in {@code style} over the full width. */
    public int lines(Style style, String text) throws IOException {
        PDType0Font font = font(style);
        return wrap(safe(text), font, style.size(), width).size();
    }

    /** A paragraph over the full width, after the style's space. */
    public void text(Style style, String tag, String text, Colour colour) throws IOException {
        y -= style.before();
        textAt(style, tag, text, margin, width, colour);
    }

    /** A paragraph in a column, at the current height (no space before). */
    public void textAt(Style style, String tag, String text, float x, float columnWidth, Colour colour)
            throws IOException {
        PDType0Font font = font(style);
        float size = style.size();
        float leading = style.leading();
        List<String> lines = wrap(safe(text), font, size, columnWidth);
        PDStructureElement element = element(tag);
        int i = 0;
        float needed = style.keepWithNext() ? leading * 3 : leading;
        while (i < lines.size()) {
            keep(needed);
            beginTagged(element, tag);
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            cs.newLineAtOffset(x, y - size);
            int first = i;
            while (i < lines.size() && y - leading >= bottom - 0.01f) {
                if (i > first) {
                    cs.newLineAtOffset(0, -leading);
                }
                cs.showText(lines.get(i));
                y -= leading;
                i++;
            }
            cs.endText();
            cs.endMarkedContent();
            needed = leading;
        }
    }

    private PDType0Font font(Style style) {
        return style.bold() ? bold : regular;
    }

    /** A new structure element under the document. */
    public PDStructureElement element(String tag) {
        PDStructureElement element = new PDStructureElement(tag, root);
        root.appendKid(element);
        return element;
    }

    /** Opens a marked-content sequence tied to a structure element on the current page; returns its MCID. */
    public int beginTagged(PDStructureElement element, String tag) throws IOException {
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

    /**
     * Ends the document: draws the decoration of every page (if any) as an artifact, writes the structure tree and
     * marks the catalogue as tagged, in French, showing its title.
     */
    public void finish(Decoration decoration) throws IOException {
        cs.close();
        int n = pages.size();
        if (decoration != null) {
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    c.beginMarkedContent(COSName.ARTIFACT);
                    decoration.draw(c, i, n);
                    c.endMarkedContent();
                }
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
    }

    /** Text the fonts can show: line breaks and no-break spaces as spaces, other unknown characters as '?'. */
    public String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || cp == '\r' || cp == '\u202f' || cp == '\u00a0') {
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

    /** Greedy line breaking; each word is measured once (widths in font units, 1/1000 of the size). */
    public static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
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
}
