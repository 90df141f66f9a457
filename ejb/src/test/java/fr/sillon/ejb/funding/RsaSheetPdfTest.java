package fr.sillon.ejb.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.AppointmentKind;
import fr.sillon.domain.funding.AppointmentOutcome;
import fr.sillon.domain.funding.RsaAppointment;
import fr.sillon.domain.funding.RsaRules;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.ejb.funding.FundingViews.AppointmentRow;
import fr.sillon.ejb.funding.FundingViews.CheckInRow;
import fr.sillon.ejb.funding.FundingViews.RsaFile;
import fr.sillon.ejb.funding.FundingViews.RsaMonth;
import fr.sillon.ejb.pathway.PathwayViews.Assignment;
import fr.sillon.ejb.pathway.PathwayViews.BarrierLine;
import fr.sillon.ejb.pathway.PathwayViews.ContractLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The Département's RSA sheet on hand-made data: what it prints, and what it never prints. */
class RsaSheetPdfTest {
    static final LocalDate D = LocalDate.of(2026, 3, 2);

    static RsaFile file() {
        Map<AbsenceReason, BigDecimal> absences = new EnumMap<>(AbsenceReason.class);
        absences.put(AbsenceReason.HEALTH, new BigDecimal("7.00"));
        absences.put(AbsenceReason.TRANSPORT, new BigDecimal("4.00"));
        // March 2026: 31 days under contract, 60 h → 60 × 7 / 31 = 13.55 h a week, below the 15 h
        RsaMonth march = new RsaMonth(YearMonth.of(2026, 3), 31, new BigDecimal("60.00"),
                RsaRules.weeklyAverage(new BigDecimal("60.00"), 31), true, absences, 2, 1);
        RsaAppointment a1 = new RsaAppointment(1, 7, D, AppointmentKind.RSA_REFERENT, "c");
        a1.settle(AppointmentOutcome.ATTENDED, null, D, "c");
        RsaAppointment a2 = new RsaAppointment(1, 7, D.plusDays(7), AppointmentKind.CIP, "c");
        a2.settle(AppointmentOutcome.MISSED, AbsenceReason.HEALTH, D.plusDays(7), "c");
        return new RsaFile(7, "Roux Zoé", 2026, List.of(march),
                List.of(new AppointmentRow(1, D, AppointmentKind.RSA_REFERENT, AppointmentOutcome.ATTENDED, null),
                        new AppointmentRow(2, D.plusDays(7), AppointmentKind.CIP, AppointmentOutcome.MISSED, AbsenceReason.HEALTH)),
                RsaRules.attendance(List.of(a1, a2)),
                List.of(new CheckInRow(1, D, "Mme Le Goff", "Permis B financé", true),
                        new CheckInRow(2, D.plusDays(3), "Mme Le Goff", "Conflit familial", false)), true);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static final List<ContractLine> CONTRACTS = List.of(new ContractLine(ContractKind.INITIAL, D.minusMonths(2),
            D.plusMonths(4), new BigDecimal("26.00")));

    @Test
    void printsTheMonthsAppointmentsSharedNotesAndConsentedBarriers() throws Exception {
        String t = text(RsaSheetPdf.render("Les Jardins du Sillon", file(), new Assignment(D.minusMonths(2), true),
                List.of(new BarrierLine(BarrierCategory.MOBILITY, BarrierStatus.EN_COURS)), CONTRACTS, false));
        assertTrue(t.contains("Fiche RSA pour le Département 2026 — Roux Zoé"), t);
        assertTrue(t.contains("2026-03 : 60,00 h · moyenne 13,55 h par semaine (sous 15 h)"), t);
        // 1 attended of the 2 settled: 50 %
        assertTrue(t.contains("2 proposé(s), 1 honoré(s), 1 manqué(s), 0 à venir, 0 annulé(s) · assiduité 50 %"), t);
        assertTrue(t.contains("Permis B financé"), t);
        assertFalse(t.contains("Conflit familial"), "a note not flagged shareable never leaves: " + t);
        assertTrue(t.contains("Mobilité : en cours de levée"), t);
        assertTrue(t.contains("freins compris"), t);
        // health reasons are « motif personnel » without the confirmation, transport is named
        assertFalse(t.contains("santé 7,00"), t);
        assertTrue(t.contains("motif personnel (non communiqué) 7,00 h"), t);
        assertTrue(t.contains("transport 4,00 h"), t);
        assertTrue(t.contains("Entretien avec la CIP : Manqué (motif personnel (non communiqué))"), t);
        assertTrue(t.contains("Méthode"), t);
    }

    @Test
    void withoutTheBarriersConsentNoBarrierAndHealthOnlyOnConfirmation() throws Exception {
        String t = text(RsaSheetPdf.render("Les Jardins du Sillon", file(), new Assignment(D.minusMonths(2), false),
                List.of(), CONTRACTS, true));
        assertTrue(t.contains("Non partagés : la personne n'a pas consenti au partage de ses freins."), t);
        assertTrue(t.contains("freins non compris"), t);
        assertTrue(t.contains("santé 7,00 h"), t);
        assertTrue(t.contains("Entretien avec la CIP : Manqué (santé)"), t);
    }
}
