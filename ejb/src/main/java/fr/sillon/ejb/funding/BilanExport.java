package fr.sillon.ejb.funding;

import fr.sillon.domain.SpreadsheetText;
import fr.sillon.ejb.funding.FundingViews.Bilan;
import fr.sillon.ejb.funding.FundingViews.Line;
import fr.sillon.ejb.funding.FundingViews.Section;
import fr.sillon.ejb.pdf.PdfFlow;
import fr.sillon.ejb.pdf.PdfFlow.Colour;
import fr.sillon.ejb.pdf.PdfFlow.Style;
import fr.sillon.ejb.pdf.PdfMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The bilan as a tagged PDF/A (shared {@link PdfFlow}) and as a streamed XLSX (POI SXSSF). */
final class BilanExport {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final Style TITLE = new Style(16, 22.4f, 0, true, false);
    private static final Style HEADING = new Style(12, 16.8f, 10, true, true);
    private static final Style TEXT = new Style(10, 14, 0, false, false);
    private static final Style SMALL = new Style(8.5f, 11.9f, 2, false, false);

    private BilanExport() {
    }

    static String title(Bilan b) {
        return "Bilan " + b.year() + " pour le dialogue de gestion — " + b.structureName();
    }

    static String period(Bilan b) {
        return "Période : du 01/01/" + b.year() + " au 31/12/" + b.year()
                + (b.annex() == null ? "" : " · annexe financière " + b.annex());
    }

    static String trace(Bilan b) {
        return "Généré le " + AT.format(b.generatedAt()) + " par " + b.generatedBy() + " · document non nominatif"
                + (b.sensitiveIncluded() ? " · données de santé et de justice incluses sur confirmation"
                : " · sans données de santé ni de justice");
    }

    static byte[] pdf(Bilan b) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFlow f = new PdfFlow(doc, 50f, PDRectangle.A4.getHeight() - 50f, 60f);
            f.text(TITLE, "H1", title(b), Colour.BLACK);
            f.text(TEXT, "P", period(b), Colour.BLACK);
            f.text(SMALL, "P", trace(b), Colour.GREY);
            for (Section s : b.sections()) {
                f.text(HEADING, "H2", s.title(), Colour.GREEN);
                for (Line l : s.lines()) {
                    f.text(TEXT, "P", l.label() + " : " + l.value(), Colour.BLACK);
                }
                f.text(SMALL, "P", "Méthode : " + s.method(), Colour.GREY);
            }
            f.finish(null);
            PdfMetadata.pdfA(doc, title(b), b.structureName(), "Sillon (Apache PDFBox)");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(Bilan b) {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Bilan " + b.year());
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            r = text(sheet, r, title(b), bold);
            r = text(sheet, r, period(b), null);
            r = text(sheet, r, trace(b), null);
            Row header = sheet.createRow(r++);
            String[] heads = {"Rubrique", "Indicateur", "Valeur"};
            for (int i = 0; i < heads.length; i++) {
                header.createCell(i).setCellValue(heads[i]);
                header.getCell(i).setCellStyle(bold);
            }
            for (Section s : b.sections()) {
                for (Line l : s.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(SpreadsheetText.neutralise(s.title()));
                    row.createCell(1).setCellValue(SpreadsheetText.neutralise(l.label()));
                    row.createCell(2).setCellValue(SpreadsheetText.neutralise(l.value()));
                }
            }
            Sheet method = wb.createSheet("Méthode");
            int m = 0;
            for (Section s : b.sections()) {
                Row row = method.createRow(m++);
                row.createCell(0).setCellValue(SpreadsheetText.neutralise(s.title()));
                row.createCell(1).setCellValue(SpreadsheetText.neutralise(s.method()));
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 22 * 256);
            method.setColumnWidth(0, 40 * 256);
            method.setColumnWidth(1, 150 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private static int text(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(SpreadsheetText.neutralise(text));
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
        return r + 1;
    }
}
