package fr.sillon.ejb.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.PathwayIndicators;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class IndicatorsExportTest {
    final PathwayIndicators indicators = new PathwayIndicators(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            42, 17, Map.of(ExitCategory.EMPLOI_DURABLE, 3L, ExitCategory.SORTIE_POSITIVE, 2L,
            ExitCategory.AUTRE_SORTIE, 3L, ExitCategory.RETRAIT, 1L), new BigDecimal("30123.45"), new BigDecimal("210"), 88L);

    @Test
    void csvIsSemicolonSeparatedUtf8WithFrenchDecimals() {
        String csv = new String(IndicatorsExport.csv(indicators), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFIndicateur;Valeur\r\n"));
        assertTrue(csv.contains("Période;01/01/2025 – 31/12/2025\r\n"), csv);
        assertTrue(csv.contains("Personnes salariées en CDDI sur la période;42\r\n"));
        assertTrue(csv.contains("Sorties : Retrait des sorties constatées;1\r\n"));
        assertTrue(csv.contains("Sorties comptabilisées (hors retraits);8\r\n"));
        assertTrue(csv.contains("Taux de sorties dynamiques (%);62,5\r\n"), csv);
        assertTrue(csv.contains("Heures contractuelles (CDDI);30123,45\r\n"));
        assertTrue(csv.contains("Compétences validées;88\r\n"));
    }

    @Test
    void xlsxHoldsTheSameLinesWithNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(IndicatorsExport.xlsx(indicators)))) {
            Sheet sheet = wb.getSheet("Indicateurs");
            assertEquals("Indicateur", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(IndicatorsExport.lines(indicators).size(), sheet.getLastRowNum());
            assertEquals(42.0, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(17.0, sheet.getRow(3).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void noExitGivesAnEmptyRate() {
        PathwayIndicators none = new PathwayIndicators(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 0, 0,
                Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, 0L);
        String csv = new String(IndicatorsExport.csv(none), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Taux de sorties dynamiques (%);\r\n"), csv);
    }
}
