package fr.sillon.ejb.spaces;

import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.spaces.SpacesViews.*;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The referent's pathway summary as a PDF (PDFBox, the DejaVu fonts shipped for the certificates). Plain layout:
 * headings and lines, wrapped, on as many A4 pages as needed. Same content as the summary page, nothing more.
 */
public final class ReferentSummaryPdf {
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final float MARGIN = 50f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 60f;

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("INITIAL", "CDDI initial"), Map.entry("RENEWAL", "Renouvellement"),
            Map.entry("ACCUEIL", "Accueil"), Map.entry("SUIVI", "Suivi"),
            Map.entry("BILAN_INTERMEDIAIRE", "Bilan intermédiaire"), Map.entry("BILAN_SORTIE", "Bilan de sortie"),
            Map.entry("DISCOVER_TRADE", "Découvrir un métier ou un secteur"),
            Map.entry("CONFIRM_PROJECT", "Confirmer un projet professionnel"),
            Map.entry("START_RECRUITMENT", "Initier une démarche de recrutement"),
            Map.entry("OBJECTIVES_MET", "objectifs atteints"), Map.entry("PARTIALLY_MET", "objectifs partiellement atteints"),
            Map.entry("NOT_MET", "objectifs non atteints"), Map.entry("HIRING_PROPOSED", "proposition d'embauche"),
            Map.entry("INTERRUPTED", "interrompue"),
            Map.entry("BASIC_SKILLS", "Savoirs de base, illettrisme, FLE"),
            Map.entry("ADMINISTRATIVE", "Démarches administratives et accès aux droits"),
            Map.entry("HOUSING", "Hébergement, logement"), Map.entry("MOBILITY", "Mobilité"),
            Map.entry("FINANCES", "Surendettement, finances"),
            Map.entry("AVAILABILITY", "Contraintes personnelles et familiales"), Map.entry("DIGITAL", "Illectronisme"),
            Map.entry("IDENTIFIE", "identifié"), Map.entry("EN_COURS", "en cours de levée"), Map.entry("LEVE", "levé"),
            Map.entry("ACTIVE", "en cours"), Map.entry("EXITED", "sorti·e"),
            Map.entry("VALID", "valide"), Map.entry("REVOKED", "révoquée"), Map.entry("REPLACED", "remplacée"));

    private ReferentSummaryPdf() {
    }

    static String label(Enum<?> e) {
        return e == null ? "" : LABELS.getOrDefault(e.name(), e.name());
    }

    static String d(LocalDate date) {
        return date == null ? "—" : D.format(date);
    }

    static String h(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString() + " h";
    }

    public static byte[] render(ReferentSummary s, String referentName) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            Writer w = new Writer(doc, regular, bold);
            w.line(bold, 16, "Synthèse de parcours — " + s.participantName());
            w.line(regular, 10, s.structureName() + (s.structureCity() == null ? "" : " (" + s.structureCity() + ")")
                    + " · entrée le " + d(s.entryDate()) + " · parcours " + LABELS.get(s.status().name()));
            w.line(regular, 9, "Transmise à " + referentName + " le " + d(LocalDate.now())
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
                w.line(bold, 10, "Critères validés");
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
                        + LABELS.getOrDefault(c.status(), c.status()));
            }
            w.heading("Sortie");
            w.text(s.exit() == null ? "Parcours en cours."
                    : d(s.exit().exitDate()) + " · " + s.exit().motive().label() + " · " + s.exit().category().label());
            w.heading("Freins périphériques");
            if (!s.barriersShown()) {
                w.text("Non communiqués (pas de consentement de la personne pour ce partage).");
            } else if (s.barriers().isEmpty()) {
                w.text("Aucun frein partagé.");
            }
            for (BarrierLine b : s.barriers()) {
                w.text(label(b.category()) + " · " + label(b.status()));
            }
            w.gap();
            w.line(regular, 8, "Document confidentiel, limité à votre mission d'accompagnement. Les notes des entretiens"
                    + " et les données de santé ou de justice ne sont jamais transmises.");
            w.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Synthèse de parcours — " + s.participantName());
            info.setProducer("Sillon (Apache PDFBox)");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument doc, String path) throws IOException {
        try (InputStream in = ReferentSummaryPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("Police introuvable : " + path);
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** Writes lines top-down, wrapping them and opening new pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font regular, PDType0Font bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void heading(String text) throws IOException {
            y -= 8;
            line(bold, 12, text);
        }

        void text(String text) throws IOException {
            line(regular, 10, text);
        }

        void gap() {
            y -= 8;
        }

        void line(PDType0Font font, float size, String text) throws IOException {
            for (String part : wrap(text, font, size)) {
                if (y - size * 1.4f < BOTTOM) {
                    newPage();
                }
                y -= size * 1.4f;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(MARGIN, y);
                cs.showText(part);
                cs.endText();
            }
        }

        private static List<String> wrap(String text, PDType0Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.replace('\n', ' ').split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
