package fr.sillon.ejb.funding;

import fr.sillon.domain.SpreadsheetText;
import fr.sillon.domain.funding.AccompanimentDeclaration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The déclaration d'accompagnement as a CSV (« ; », UTF-8 with BOM, French headers), written with Commons CSV. */
final class DeclarationExport {
    static final String[] HEADER = {"Type de frein (ASP)", "Salariés concernés", "Accompagnés en interne",
            "Accompagnés en externe", "Accompagnés en interne et en externe", "Non accompagnés"};

    private DeclarationExport() {
    }

    static byte[] csv(int year, String structure, String annex, List<AccompanimentDeclaration.Line> lines,
                      boolean sensitive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            w.write('\uFEFF');
            p.printRecord(text("Déclaration d'accompagnement " + year + " — " + structure
                    + (annex == null ? "" : " — annexe " + annex)));
            p.printRecord(text("Période : du 01/01/" + year + " au 31/12/" + year + " · généré le "
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))));
            p.printRecord("Méthode : salariés ayant un frein identifié au plus tard le 31/12 et au moins un jour de CDDI"
                    + " dans l'année ; une personne compte une fois par type ; interne / externe / les deux selon"
                    + " l'accompagnement enregistré pour chacun de ses freins du type.");
            p.printRecord("Document de travail — la saisie dans l'extranet de l'ASP fait foi.");
            p.printRecord((Object[]) HEADER);
            for (AccompanimentDeclaration.Line l : lines) {
                if (l.type().isSensitive() && !sensitive) {
                    p.printRecord(text(l.type().label()), "non exporté (confirmation requise)", "", "", "", "");
                } else {
                    p.printRecord(text(l.type().label()), l.concerned(), l.insideOnly(), l.outsideOnly(), l.both(),
                            l.notSupported());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(String s) {
        return SpreadsheetText.neutralise(s);
    }
}
