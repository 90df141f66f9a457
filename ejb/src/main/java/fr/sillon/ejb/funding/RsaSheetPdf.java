package fr.sillon.ejb.funding;

import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.AppointmentOutcome;
import fr.sillon.domain.funding.RsaRules;
import fr.sillon.ejb.funding.FundingViews.AppointmentRow;
import fr.sillon.ejb.funding.FundingViews.CheckInRow;
import fr.sillon.ejb.funding.FundingViews.RsaFile;
import fr.sillon.ejb.funding.FundingViews.RsaMonth;
import fr.sillon.ejb.pathway.PathwayViews.Assignment;
import fr.sillon.ejb.pathway.PathwayViews.BarrierLine;
import fr.sillon.ejb.pathway.PathwayViews.ContractLine;
import fr.sillon.ejb.pdf.PdfFlow;
import fr.sillon.ejb.pdf.PdfFlow.Colour;
import fr.sillon.ejb.pdf.PdfFlow.Style;
import fr.sillon.ejb.pdf.PdfMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The RSA sheet of one person for the Département, on the shared {@link PdfFlow}: only what was handed over by
 * {@link RsaService#departmentSheetPdf} (consented barriers, shareable notes); health reasons shown only when
 * {@code sensitive} is confirmed, otherwise « motif personnel ».
 */
final class RsaSheetPdf {
    static final String PERSONAL = "motif personnel (non communiqué)";
    private static final Style TITLE = new Style(15, 21, 0, true, false);
    private static final Style HEADING = new Style(12, 16.8f, 10, true, true);
    private static final Style TEXT = new Style(10, 14, 0, false, false);
    private static final Style SMALL = new Style(8.5f, 11.9f, 4, false, false);

    private RsaSheetPdf() {
    }

    static String reason(AbsenceReason r, boolean sensitive) {
        return r == AbsenceReason.HEALTH && !sensitive ? PERSONAL : r.label().toLowerCase(java.util.Locale.FRENCH);
    }

    private static String hours(BigDecimal h) {
        return h == null ? "non saisies" : h.toPlainString().replace('.', ',') + " h";
    }

    static byte[] render(String structure, RsaFile f, Assignment consent, List<BarrierLine> barriers,
                         List<ContractLine> contracts, boolean sensitive) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFlow p = new PdfFlow(doc, 50f, PDRectangle.A4.getHeight() - 50f, 60f);
            String title = "Fiche RSA pour le Département " + f.year() + " — " + f.name();
            p.text(TITLE, "H1", title, Colour.BLACK);
            p.text(TEXT, "P", structure + " · période : du 01/01/" + f.year() + " au 31/12/" + f.year(), Colour.BLACK);
            p.text(TEXT, "P", "Établie à partir des seuls éléments que la personne a accepté de partager (consentement"
                    + " enregistré le " + CsvOut.date(consent.consentRecordedOn()) + (consent.barriersConsent()
                    ? ", freins compris" : ", freins non compris") + ").", Colour.BLACK);

            p.text(HEADING, "H2", "Contrat", Colour.GREEN);
            for (ContractLine c : contracts) {
                p.text(TEXT, "P", fr.sillon.domain.Labels.of(c.kind()) + " du " + CsvOut.date(c.start()) + " au " + CsvOut.date(c.plannedEnd())
                        + " · " + c.weeklyHours().toPlainString().replace('.', ',') + " h par semaine", Colour.BLACK);
            }

            p.text(HEADING, "H2", "Activité au regard des 15 h hebdomadaires du contrat d'engagement", Colour.GREEN);
            if (f.months().isEmpty()) {
                p.text(TEXT, "P", "Aucun mois sous contrat cette année.", Colour.BLACK);
            }
            for (RsaMonth m : f.months()) {
                StringBuilder line = new StringBuilder(m.month() + " : " + hours(m.workedHours()));
                if (m.weeklyAverage() != null) {
                    line.append(" · moyenne ").append(m.weeklyAverage().toPlainString().replace('.', ','))
                            .append(" h par semaine").append(Boolean.TRUE.equals(m.belowEngagement()) ? " (sous 15 h)" : "");
                }
                StringBuilder absences = new StringBuilder();
                for (Map.Entry<AbsenceReason, BigDecimal> a : m.absences().entrySet()) {
                    if (a.getValue() != null && a.getValue().signum() > 0) {
                        absences.append(absences.isEmpty() ? "" : ", ").append(reason(a.getKey(), sensitive)).append(" ")
                                .append(hours(a.getValue()));
                    }
                }
                if (!absences.isEmpty()) {
                    line.append(" · absences : ").append(absences);
                }
                p.text(TEXT, "P", line.toString(), Colour.BLACK);
            }

            p.text(HEADING, "H2", "Rendez-vous proposés et honorés", Colour.GREEN);
            RsaRules.Attendance a = f.attendance();
            p.text(TEXT, "P", a.proposed() + " proposé(s), " + a.attended() + " honoré(s), " + a.missed() + " manqué(s), "
                    + a.pending() + " à venir, " + a.cancelled() + " annulé(s)"
                    + (a.rate() == null ? "" : " · assiduité " + a.rate() + " %"), Colour.BLACK);
            for (AppointmentRow r : f.appointments()) {
                p.text(TEXT, "P", CsvOut.date(r.day()) + " · " + r.kind().label() + " : " + r.outcome().label()
                        + (r.outcome() == AppointmentOutcome.MISSED ? " (" + reason(r.missedReason(), sensitive) + ")" : ""),
                        Colour.BLACK);
            }

            p.text(HEADING, "H2", "Points avec le référent", Colour.GREEN);
            if (f.checkIns().isEmpty()) {
                p.text(TEXT, "P", "Aucun point enregistré cette année.", Colour.BLACK);
            }
            for (CheckInRow c : f.checkIns()) {
                p.text(TEXT, "P", CsvOut.date(c.day()) + " · " + c.referent() + (c.shareable() && c.note() != null
                        ? " : " + c.note() : ""), Colour.BLACK);
            }

            p.text(HEADING, "H2", "Freins (hors santé et justice)", Colour.GREEN);
            if (!consent.barriersConsent()) {
                p.text(TEXT, "P", "Non partagés : la personne n'a pas consenti au partage de ses freins.", Colour.BLACK);
            } else if (barriers.isEmpty()) {
                p.text(TEXT, "P", "Aucun frein partageable.", Colour.BLACK);
            }
            for (BarrierLine b : barriers) {
                p.text(TEXT, "P", fr.sillon.domain.Labels.of(b.category()) + " : " + fr.sillon.domain.Labels.of(b.status()), Colour.BLACK);
            }

            p.text(SMALL, "P", "Méthode : moyenne hebdomadaire = heures travaillées du mois × 7 / jours sous contrat du mois"
                    + " (Sillon tient les heures par mois, pas semaine par semaine) ; rendez-vous proposés = tous sauf les"
                    + " annulés, assiduité = honorés / (honorés + manqués) ; absences et rendez-vous manqués par motif, jamais"
                    + " « injustifié » ; notes des points seulement lorsqu'elles sont marquées partageables. Document de"
                    + " travail — les saisies officielles font foi.", Colour.GREY);
            p.finish(null);
            PdfMetadata.pdfA(doc, title, structure, "Sillon (Apache PDFBox)");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
