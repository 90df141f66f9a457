package fr.sillon.ejb.spaces;

import fr.sillon.domain.Labels;
import fr.sillon.domain.certificate.CertificateStatus;
import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.spaces.SpacesViews.*;
import fr.sillon.ejb.pdf.PdfFlow;
import fr.sillon.ejb.pdf.PdfFlow.Colour;
import fr.sillon.ejb.pdf.PdfFlow.Style;
import fr.sillon.ejb.pdf.PdfMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The referent's pathway summary as a PDF, on the shared {@link PdfFlow} (tagged, PDF/A metadata): headings and
 * lines, wrapped, on as many A4 pages as needed. Same content as the summary page, nothing more.
 */
public final class ReferentSummaryPdf {
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final float MARGIN = 50f;
    private static final float BOTTOM = 60f;
    // size, leading, space before, bold, kept with the next lines
    private static final Style TITLE = new Style(16, 22.4f, 0, true, false);
    private static final Style HEADING = new Style(12, 16.8f, 8, true, true);
    private static final Style SUBHEADING = new Style(10, 14, 0, true, true);
    private static final Style TEXT = new Style(10, 14, 0, false, false);
    private static final Style SMALL = new Style(9, 12.6f, 0, false, false);
    private static final Style FOOTNOTE = new Style(8, 11.2f, 0, false, false);

    private ReferentSummaryPdf() {
    }

    static String label(Enum<?> e) {
        return e == null ? "" : Labels.of(e);
    }

    static String d(LocalDate date) {
        return date == null ? "—" : D.format(date);
    }

    static String h(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString() + " h";
    }

    public static byte[] render(ReferentSummary s, String referentName) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(new PdfFlow(doc, MARGIN, PDRectangle.A4.getHeight() - MARGIN, BOTTOM));
            w.line(TITLE, "H1", "Synthèse de parcours — " + s.participantName());
            w.line(TEXT, "P", s.structureName() + (s.structureCity() == null ? "" : " (" + s.structureCity() + ")")
                    + " · entrée le " + d(s.entryDate()) + " · parcours " + label(s.status()));
            w.line(SMALL, "P", "Transmise à " + referentName + " le " + d(LocalDate.now())
                    + " · consentement de la personne recueilli le " + d(s.consentRecordedOn()));
            w.gap();
            w.heading("Contrats (CDDI)");
            if (s.contracts().isEmpty()) {
                w.text("Aucun contrat.");
            }
            for (ContractLine c : s.contracts()) {
                w.text(label(c.kind()) + " : du " + d(c.start()) + " au " + d(c.plannedEnd()) + " · "
                        + h(c.weeklyHours()) + " par semaine");
            }
            w.heading("Entretiens : " + s.interviewCount());
            for (InterviewLine i : s.interviews()) {
                w.text(d(i.heldOn()) + " · " + label(i.kind()));
            }
            w.heading("Immersions (PMSMP)");
            if (s.immersions().isEmpty()) {
                w.text("Aucune immersion.");
            }
            for (ImmersionLine i : s.immersions()) {
                w.text(i.hostName() + " : du " + d(i.start()) + " au " + d(i.end()) + " · " + label(i.objective())
                        + (i.outcome() == null ? "" : " · " + label(i.outcome())));
            }
            w.heading("Formations");
            if (s.trainings().isEmpty()) {
                w.text("Aucune formation.");
            }
            for (TrainingLine t : s.trainings()) {
                w.text(t.kind().label() + (t.title() == null ? "" : " — " + t.title())
                        + (t.organisation() == null ? "" : " (" + t.organisation() + ")")
                        + (t.end() == null ? "" : " · fin le " + d(t.end())) + (t.hours() == null ? "" : " · " + h(t.hours()))
                        + (t.expiresOn() == null ? "" : " · valide jusqu'au " + d(t.expiresOn())));
            }
            w.heading("Compétences observées en situation de travail");
            if (s.progress().isEmpty()) {
                w.text("Aucune observation pour l'instant.");
            }
            for (FrameworkLine f : s.progress()) {
                w.text(f.frameworkTitle() + " : " + f.validated() + " critère(s) validé(s), " + f.inProgress()
                        + " en cours, sur " + f.total());
            }
            if (!s.validations().isEmpty()) {
                w.line(SUBHEADING, "H3", "Critères validés");
                for (ValidatedCriterion v : s.validations()) {
                    w.text(v.frameworkCode() + " " + v.criterionCode() + " — " + v.criterionTitle() + " (le "
                            + d(v.validatedOn()) + ")");
                }
            }
            w.heading("Attestations de compétences");
            if (s.certificates().isEmpty()) {
                w.text("Aucune attestation délivrée.");
            }
            for (CertificateLine c : s.certificates()) {
                w.text("N° " + c.number() + " du " + d(c.issuedAt().toLocalDate()) + " · "
                        + label(CertificateStatus.valueOf(c.status())));
            }
            w.heading("Sortie");
            w.text(s.exit() == null ? "Parcours en cours."
                    : d(s.exit().exitDate()) + " · " + s.exit().motive().label() + " · " + s.exit().category().label());
            w.heading("Freins périphériques");
            if (!s.barriersShown()) {
                w.text("Non communiqués (pas de consentement de la personne pour ce partage).");
            } else if (s.barriers().isEmpty()) {
                w.text("Aucun frein partagé.");
            } else {
                for (BarrierLine b : s.barriers()) { // never without consent, whatever the summary holds
                    w.text(label(b.category()) + " · " + label(b.status()));
                }
            }
            w.gap();
            w.line(FOOTNOTE, "P", "Document confidentiel, limité à votre mission d'accompagnement. Les notes des entretiens"
                    + " et les données de santé ou de justice ne sont jamais transmises.");
            w.flow.finish(null);
            PdfMetadata.pdfA(doc, "Synthèse de parcours — " + s.participantName(), s.structureName(),
                    "Sillon (Apache PDFBox)");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headings and lines on the shared A4 flow (tagged, wrapped, new pages as needed). */
    private record Writer(PdfFlow flow) {
        void heading(String text) throws IOException {
            flow.text(HEADING, "H2", text, Colour.BLACK);
        }

        void text(String text) throws IOException {
            flow.text(TEXT, "P", text, Colour.BLACK);
        }

        void gap() {
            flow.space(8);
        }

        void line(Style style, String tag, String text) throws IOException {
            flow.text(style, tag, text, Colour.BLACK);
        }
    }
}
