package fr.sillon.ejb.funding;

import fr.sillon.domain.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The nominative CSVs of the funding context (« ; », UTF-8 with BOM, French headers, Commons CSV): a traceability
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            w.write('\uFEFF');
            p.printRecord(text(title));
            p.printRecord(text(period + " · généré le " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                    + " · " + rows.size() + " ligne(s)"));
            p.printRecord(text("Méthode : " + method));
            p.printRecord("Document de travail — les saisies officielles (ASP, emplois de l'inclusion, Ma Démarche FSE+) font foi.");
            p.printRecord(header);
            for (List<Object> r : rows) {
                p.printRecord(r.stream().map(CsvOut::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        return text(String.valueOf(o));
    }

    private static String text(String s) {
        return SpreadsheetText.neutralise(s);
    }

    static String date(LocalDate d) {
        return d == null ? "" : D.format(d);
    }
}
