package fr.sillon.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Sillon's CSV files, through Apache Commons CSV (RFC 4180: a field is quoted when it holds the separator, a quote
 * or a line break, or starts or ends with a space). Written: UTF-8 with a byte order mark (French spreadsheets need
 * it for accents), CRLF, each text cell through {@link SpreadsheetText#neutralise(String)}. Read: records with the
 * line where each starts, empty lines kept as records of one empty field.
 */
public final class CsvText {
    private static final String BOM = "\uFEFF";

    private CsvText() {
    }

    /** A file of {@code header} then {@code rows}; a null cell is written empty, any other through its text. */
    public static byte[] write(char separator, List<String> header, List<? extends List<?>> rows) {
        List<List<?>> records = new ArrayList<>(rows.size() + 1);
        records.add(header);
        records.addAll(rows);
        return write(separator, records);
    }

    /** A file of {@code records} (a traceability preamble, a header, rows…), each cell as {@link #write(char, List, List)}. */
    public static byte[] write(char separator, List<? extends List<?>> records) {
        StringBuilder out = new StringBuilder(BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> record : records) {
                printer.printRecord(record.stream().map(c -> c == null ? null : SpreadsheetText.neutralise(c.toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One record read: the line of the file where it starts (from 1) and its fields. */
    public record Line(int line, List<String> fields) {
    }

    /**
     * The records of {@code text} (without its byte order mark). A quote left open stops the reading: the lines
     * read before are returned and {@code unclosedAt} receives the line where the broken record starts.
     */
    public static List<Line> read(String text, char separator, java.util.function.IntConsumer unclosedAt) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
        List<Line> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int start = (int) parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    out.add(new Line(start, records.next().toList()));
                } catch (UncheckedIOException e) { // Commons CSV: EOF reached before an encapsulated token finished
                    unclosedAt.accept(start);
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
