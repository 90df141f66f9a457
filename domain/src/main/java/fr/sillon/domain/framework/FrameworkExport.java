package fr.sillon.domain.framework;

import fr.sillon.domain.CsvText;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Writes a framework as CSV or JSON, in the formats {@link FrameworkImport} reads back to the same tree. */
public final class FrameworkExport {
    private FrameworkExport() {
    }

    /**
     * CSV (UTF-8 with BOM, CRLF, through {@link CsvText}): {@code code,parent_code,title,description,kind}, parents
     * before children.
     */
    public static byte[] toCsv(FrameworkDocument doc) {
        List<String> header = new ArrayList<>(FrameworkImport.CSV_COLUMNS);
        header.add(FrameworkImport.CSV_KIND_COLUMN);
        List<List<String>> rows = new ArrayList<>();
        csvRows(rows, null, doc.roots());
        return CsvText.write(',', header, rows);
    }

    private static void csvRows(List<List<String>> rows, String parent, List<CompetencyNode> nodes) {
        for (CompetencyNode n : nodes) {
            rows.add(Arrays.asList(n.code(), parent, n.title(), n.description(), n.kind().name()));
            csvRows(rows, n.code(), n.children());
        }
    }

    /** JSON (UTF-8, indented): identification of the framework and the whole tree. */
    public static byte[] toJson(FrameworkDocument doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             JsonGenerator g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                     .createGenerator(w)) {
            g.writeStartObject();
            optional(g, "code", doc.code());
            optional(g, "version", doc.version());
            optional(g, "title", doc.title());
            optional(g, "source", doc.source());
            g.writeStartArray("competencies");
            writeJson(g, doc.roots());
            g.writeEnd();
            g.writeEnd();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeJson(JsonGenerator g, List<CompetencyNode> nodes) {
        for (CompetencyNode n : nodes) {
            g.writeStartObject();
            g.write("code", n.code());
            g.write("kind", n.kind().name());
            g.write("title", n.title());
            optional(g, "description", n.description());
            if (!n.children().isEmpty()) {
                g.writeStartArray("children");
                writeJson(g, n.children());
                g.writeEnd();
            }
            g.writeEnd();
        }
    }

    private static void optional(JsonGenerator g, String key, String value) {
        if (value != null) {
            g.write(key, value);
        }
    }
}
