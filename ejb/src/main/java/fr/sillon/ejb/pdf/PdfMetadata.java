package fr.sillon.ejb.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import javax.xml.transform.TransformerException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The identity of a PDF/A-2b document: document information, XMP metadata built with PDFBox xmpbox (PDF/A
 * identification, Dublin Core title, creator and language, dates, producer) that says the same, and the sRGB output
 * intent.
 */
public final class PdfMetadata {
    private static final byte[] SRGB = PdfFlow.resource("/icc/sRGB.icc");

    private PdfMetadata() {
    }

    /** Sets title, author, creator "Sillon", producer and dates (now, to the second, UTC); returns the info. */
    public static PDDocumentInformation pdfA(PDDocument doc, String title, String author, String producer)
            throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.FRANCE);
        created.set(Calendar.MILLISECOND, 0);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Sillon");
        info.setProducer(producer);
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, author, producer, created));
        doc.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        return info;
    }

    /** The XMP packet, built with PDFBox xmpbox: it says what the document information says. */
    private static byte[] xmp(String title, String author, String producer, Calendar created) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            dc.setTitle(title);
            dc.addCreator(author);
            dc.addLanguage("fr-FR");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Sillon");
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(producer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Métadonnées XMP impossibles", e);
        }
    }
}
