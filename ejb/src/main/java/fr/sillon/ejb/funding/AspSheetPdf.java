package fr.sillon.ejb.funding;

import fr.sillon.ejb.pdf.PdfFlow;
import fr.sillon.ejb.pdf.PdfFlow.Colour;
import fr.sillon.ejb.pdf.PdfFlow.Style;
import fr.sillon.ejb.pdf.PdfMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** One person's printable ASP sheet (fiche salarié fields and monthly state) on the shared {@link PdfFlow}. */
final class AspSheetPdf {
    private static final Style TITLE = new Style(15, 21, 0, true, false);
    private static final Style HEADING = new Style(12, 16.8f, 10, true, true);
    private static final Style TEXT = new Style(10, 14, 0, false, false);
    private static final Style SMALL = new Style(8.5f, 11.9f, 4, false, false);

    private AspSheetPdf() {
    }

    static byte[] render(String structure, int year, List<String[]> fields, List<String[]> months, List<String> trainings,
                         int basis) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFlow f = new PdfFlow(doc, 50f, PDRectangle.A4.getHeight() - 50f, 60f);
            String title = "Fiche ASP " + year + " — " + fields.get(0)[1];
            f.text(TITLE, "H1", title, Colour.BLACK);
            f.text(TEXT, "P", structure + " · période : du 01/01/" + year + " au 31/12/" + year, Colour.BLACK);
            f.text(HEADING, "H2", "Fiche salarié (champs tenus par Sillon)", Colour.GREEN);
            for (String[] field : fields) {
                f.text(TEXT, "P", field[0] + " : " + field[1], Colour.BLACK);
            }
            f.text(HEADING, "H2", "État mensuel", Colour.GREEN);
            if (months.isEmpty()) {
                f.text(TEXT, "P", "Aucune heure enregistrée pour cette année.", Colour.BLACK);
            }
            for (String[] m : months) {
                f.text(TEXT, "P", m[0] + " : " + m[1] + " · " + m[2], Colour.BLACK);
            }
            f.text(HEADING, "H2", "Formations (objectif et type ASP)", Colour.GREEN);
            if (trainings.isEmpty()) {
                f.text(TEXT, "P", "Aucune formation cette année.", Colour.BLACK);
            }
            for (String t : trainings) {
                f.text(TEXT, "P", t, Colour.BLACK);
            }
            f.text(SMALL, "P", "Méthode : heures travaillées saisies ou importées de la paie ; part d'ETP = heures × 12 / "
                    + basis + ". Document de travail — la saisie dans l'extranet de l'ASP ou les emplois de l'inclusion"
                    + " fait foi.", Colour.GREY);
            f.finish(null);
            PdfMetadata.pdfA(doc, title, structure, "Sillon (Apache PDFBox)");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
