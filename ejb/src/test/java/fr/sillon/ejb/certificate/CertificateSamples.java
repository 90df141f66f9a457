package fr.sillon.ejb.certificate;

import fr.sillon.domain.certificate.CertificateContent;
import fr.sillon.domain.certificate.CertificateSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Snapshots used by the PDF tests and the benchmark. */
final class CertificateSamples {
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final String NUMBER = "SIL-2026-000123";
    static final String URL = "https://sillon.example.fr/sillon/verify/" + NUMBER;

    private CertificateSamples() {
    }

    static CertificateSnapshot.Issuer issuer() {
        return new CertificateSnapshot.Issuer("Les Jardins de l’Œuvre · Chantier d’insertion",
                "12 rue des Prés", "Bourg-en-Bresse", "Hélène Lefèvre", "Directrice");
    }

    /** A short certificate: a few criteria with accents, œ, ·, ’. */
    static CertificateSnapshot small() {
        List<CertificateContent.Row> rows = List.of(
                clea("1", "La communication en français", "1.2.1",
                        "Exprimer un propos en utilisant le lexique professionnel approprié", "Récolte"),
                clea("1", "La communication en français", "1.2.1",
                        "Exprimer un propos en utilisant le lexique professionnel approprié", "Semis en mottes"),
                clea("4", "L’aptitude à travailler dans le cadre de règles définies d’un travail en équipe", "4.1.2",
                        "Respecter les horaires, les rythmes de travail", "Préparation de commande pour la "
                                + "restauration collective"),
                new CertificateContent.Row("MARAICHAGE", "1", "Maraîchage biologique — cœur de métier", "M1",
                        "Production de légumes", "M1.3", "Conduire une culture sous abri (serre « tunnel »)",
                        LocalDate.of(2026, 1, 20), "Plantation sous serre"));
        return snapshot(rows);
    }

    /** A certificate long enough for two pages. */
    static CertificateSnapshot twoPages() {
        List<CertificateContent.Row> rows = new ArrayList<>();
        String[] situations = {"Récolte", "Semis en mottes", "Désherbage manuel", "Préparation de paniers"};
        for (int d = 1; d <= 4; d++) {
            for (int c = 1; c <= 4; c++) {
                rows.add(clea(String.valueOf(d), "Domaine " + d + " — compétences clés", d + ".1." + c,
                        "Critère n° " + c + " du domaine " + d + " : lire et comprendre un document usuel "
                                + "professionnel (consignes, notices, étiquettes, fiches de préparation)",
                        situations[(d + c) % situations.length]));
            }
        }
        return snapshot(rows);
    }

    private static CertificateContent.Row clea(String domain, String domainTitle, String code, String title,
                                               String situation) {
        return new CertificateContent.Row("CLEA", "2018", "CléA — Socle de connaissances et de compétences "
                + "professionnelles", domain, domainTitle, code, title, LocalDate.of(2026, 2, 10), situation);
    }

    private static CertificateSnapshot snapshot(List<CertificateContent.Row> rows) {
        return new CertificateSnapshot(NUMBER, ISSUED, issuer(), new CertificateSnapshot.Holder("Zoé", "Lœwenbrück-Élie"),
                new CertificateSnapshot.Period(LocalDate.of(2025, 3, 10), LocalDate.of(2026, 2, 27), new BigDecimal("1196")),
                CertificateContent.group(rows),
                new CertificateSnapshot.Sst(LocalDate.of(2025, 6, 12), LocalDate.of(2027, 6, 12), true), URL);
    }
}
