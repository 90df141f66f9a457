package fr.sillon.ejb.spaces;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.spaces.SpacesViews.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReferentSummaryPdfTest {
    static final LocalDate D = LocalDate.of(2026, 3, 2);

    static ReferentSummary summary(boolean barriersShown, List<BarrierLine> barriers, int validations) {
        List<ValidatedCriterion> validated = new ArrayList<>();
        for (int i = 0; i < validations; i++) {
            validated.add(new ValidatedCriterion("CLEA", "CléA", "1.3." + i, "Critère numéro " + i
                    + " avec un intitulé assez long pour devoir passer à la ligne dans la largeur de la page A4", D, "Yann"));
        }
        return new ReferentSummary(7, "Zoé Lœwenbrück", "Les Jardins du Sillon", "Chantepie", D, PathwayStatus.EXITED, D,
                List.of(new ContractLine(ContractKind.INITIAL, D, D.plusMonths(6), new BigDecimal("26.00"))),
                List.of(new InterviewLine(D, InterviewKind.ACCUEIL), new InterviewLine(D.plusDays(40), InterviewKind.SUIVI)),
                List.of(new ImmersionLine("Biocoop Cleunay", D, D.plusDays(10), ImmersionObjective.CONFIRM_PROJECT,
                        ImmersionOutcome.OBJECTIVES_MET)),
                List.of(new TrainingLine(TrainingKind.SST_INITIAL, null, "Croix-Rouge", D, D, new BigDecimal("14"), D,
                        D.plusYears(2))),
                List.of(new FrameworkLine("CLEA", "CléA — socle de connaissances", 107, 4, 12)), validated,
                List.of(new CertificateLine(1, "SIL-2026-000001", LocalDateTime.of(2026, 9, 1, 10, 0), "VALID")),
                new ExitLine(D.plusMonths(7), ExitMotive.CDD_6_MONTHS_OR_MORE, ExitCategory.EMPLOI_DURABLE),
                barriersShown, barriers);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void rendersEverySectionInFrench() throws Exception {
        String t = text(ReferentSummaryPdf.render(summary(true, List.of(new BarrierLine(BarrierCategory.MOBILITY,
                BarrierStatus.EN_COURS)), 2), "Élodie Rousseau"));
        assertTrue(t.contains("Synthèse de parcours — Zoé Lœwenbrück"), t);
        assertTrue(t.contains("CDDI initial : du 02/03/2026 au 02/09/2026 · 26 h par semaine"), t);
        assertTrue(t.contains("Entretiens : 2"), t);
        assertTrue(t.contains("Biocoop Cleunay"), t);
        assertTrue(t.contains("SST — formation initiale"), t);
        assertTrue(t.contains("4 critère(s) validé(s), 12 en cours, sur 107"), t);
        assertTrue(t.contains("SIL-2026-000001"), t);
        assertTrue(t.contains("Emploi durable"), t);
        assertTrue(t.contains("Mobilité · en cours de levée"), t);
        assertTrue(t.contains("Élodie Rousseau"), t);
    }

    @Test
    void saysBarriersAreNotSharedWithoutConsent() throws Exception {
        String t = text(ReferentSummaryPdf.render(summary(false, List.of(), 0), "R"));
        assertTrue(t.contains("Non communiqués"), t);
        assertFalse(t.contains("Mobilité"), t);
    }

    @Test
    void longSummariesFlowOntoMorePages() throws Exception {
        byte[] pdf = ReferentSummaryPdf.render(summary(true, Collections.nCopies(3, new BarrierLine(BarrierCategory.HOUSING,
                BarrierStatus.LEVE)), 120), "R");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
        }
        assertTrue(text(pdf).contains("Critère numéro 119"));
    }
}
