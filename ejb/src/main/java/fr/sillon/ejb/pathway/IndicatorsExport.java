package fr.sillon.ejb.pathway;

import fr.sillon.domain.CsvText;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.PathwayIndicators;
import fr.sillon.domain.pathway.Periods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The indicators of a period as a CSV (semicolon, UTF-8 with BOM, for French spreadsheets) or an XLSX file. */
public final class IndicatorsExport {
    private IndicatorsExport() {
    }

    /** Label and value of each line, in the order of the funders' review. Values are Long, BigDecimal or String. */
    static List<Object[]> lines(PathwayIndicators i) {
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {"Période", Periods.fr(i.from()) + " – " + Periods.fr(i.to())});
        lines.add(new Object[] {"Personnes salariées en CDDI sur la période", i.peopleEmployed()});
        lines.add(new Object[] {"Entrées en parcours", i.entries()});
        for (ExitCategory c : ExitCategory.values()) {
            lines.add(new Object[] {"Sorties : " + c.label(), i.exitsByCategory().get(c)});
        }
        lines.add(new Object[] {"Sorties comptabilisées (hors retraits)", i.countedExits()});
        lines.add(new Object[] {"Sorties dynamiques", i.dynamicExits()});
        lines.add(new Object[] {"Taux de sorties dynamiques (%)", i.dynamicRate() == null ? "" : i.dynamicRate()});
        // issue 13 point 12: the ASP counts an ACI exit after at least 3 months worked; shorter stays apart
        lines.add(new Object[] {"Sorties après moins de 3 mois travaillés (hors taux)", i.shortStayExits()});
        lines.add(new Object[] {"Heures contractuelles (CDDI)", i.contractHours()});
        lines.add(new Object[] {"Heures de formation", i.trainingHours()});
        lines.add(new Object[] {"Compétences validées", i.competenciesValidated() == null ? "" : i.competenciesValidated()});
        return lines;
    }

    /** Semicolon-separated (French spreadsheets), French decimals; written by {@link CsvText}. */
    public static byte[] csv(PathwayIndicators i) {
        List<List<?>> rows = new ArrayList<>();
        for (Object[] l : lines(i)) {
            rows.add(List.of(l[0], l[1] instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : l[1]));
        }
        return CsvText.write(';', List.of("Indicateur", "Valeur"), rows);
    }

    public static byte[] xlsx(PathwayIndicators i) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Indicateurs");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Indicateur");
            header.createCell(1).setCellValue("Valeur");
            header.getCell(0).setCellStyle(bold);
            header.getCell(1).setCellStyle(bold);
            int r = 1;
            for (Object[] l : lines(i)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue((String) l[0]);
                Cell cell = row.createCell(1);
                if (l[1] instanceof Long n) {
                    cell.setCellValue(n);
                } else if (l[1] instanceof BigDecimal b) {
                    cell.setCellValue(b.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(l[1]));
                }
            }
            sheet.setColumnWidth(0, 50 * 256);
            sheet.setColumnWidth(1, 25 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
