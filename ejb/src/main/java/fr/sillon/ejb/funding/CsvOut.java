package fr.sillon.ejb.funding;

import fr.sillon.domain.CsvText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The nominative CSVs of the funding context (« ; », UTF-8 with BOM, French headers, written by {@link CsvText}): a traceability
 * header (title, period, generated at, method, the note that official entries prevail), then one header row and the
 * rows. Text cells are neutralised against formulas; a missing value is an empty cell, never 0.
 */
final class CsvOut {
    static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final List<List<Object>> rows = new ArrayList<>();
    private final String title;
    private final String period;
    private final String method;
    private final List<String> header;

    CsvOut(String title, String period, String method, List<String> header) {
        this.title = title;
        this.period = period;
        this.method = method;
        this.header = header;
    }

    void row(Object... cells) {
        rows.add(List.of(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c).toArray()));
    }

    int size() {
        return rows.size();
    }

    byte[] bytes() {
        List<List<?>> records = new ArrayList<>(rows.size() + 5);
        records.add(List.of(title));
        records.add(List.of(period + " · généré le " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                + " · " + rows.size() + " ligne(s)"));
        records.add(List.of("Méthode : " + method));
        records.add(List.of("Document de travail — les saisies officielles (ASP, emplois de l'inclusion, Ma Démarche FSE+) font foi."));
        records.add(header);
        rows.forEach(r -> records.add(r.stream().map(CsvOut::cell).toList()));
        return CsvText.write(';', records);
    }

    private static String cell(Object o) {
        if (o instanceof BigDecimal b) {
            return b.toPlainString().replace('.', ',');
        }
        if (o instanceof LocalDate d) {
            return D.format(d);
        }
        if (o instanceof Boolean b) {
            return b ? "OUI" : "NON";
        }
        return String.valueOf(o);
    }

    static String date(LocalDate d) {
        return d == null ? "" : D.format(d);
    }
}
