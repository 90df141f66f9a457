package fr.sillon.ejb.funding;

import fr.sillon.domain.funding.AccompanimentDeclaration;
import java.util.List;

/** The déclaration d'accompagnement as a CSV ({@link CsvOut}: « ; », UTF-8 with BOM, traceability header). */
final class DeclarationExport {
    static final List<String> HEADER = List.of("Type de frein (ASP)", "Salariés concernés", "Accompagnés en interne",
            "Accompagnés en externe", "Accompagnés en interne et en externe", "Non accompagnés");

    private DeclarationExport() {
    }

    static byte[] csv(int year, String structure, String annex, List<AccompanimentDeclaration.Line> lines,
                      boolean sensitive) {
        CsvOut csv = new CsvOut("Déclaration d'accompagnement " + year + " — " + structure
                + (annex == null ? "" : " — annexe " + annex), "Période : du 01/01/" + year + " au 31/12/" + year,
                "salariés ayant un frein identifié au plus tard le 31/12 et au moins un jour de CDDI dans l'année ; une"
                        + " personne compte une fois par type ; interne / externe / les deux selon l'accompagnement"
                        + " enregistré pour ses freins du type ; chiffres exacts (formulaire de l'ASP)"
                        + (sensitive ? "" : " ; santé et justice non exportées sans confirmation"), HEADER);
        for (AccompanimentDeclaration.Line l : lines) {
            if (l.type().isSensitive() && !sensitive) {
                csv.row(l.type().label(), "non exporté (confirmation requise)", "", "", "", "");
            } else {
                csv.row(l.type().label(), l.concerned(), l.insideOnly(), l.outsideOnly(), l.both(), l.notSupported());
            }
        }
        return csv.bytes();
    }
}
