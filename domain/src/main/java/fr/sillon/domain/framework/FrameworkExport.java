package fr.sillon.domain.framework;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes a framework as CSV or JSON, in the formats {@link FrameworkImport} reads back to the same tree. */
public final class FrameworkExport {
    /** Excel needs it to read accents of a UTF-8 CSV; the import skips it. */
    private static final String BOM = "\uFEFF";

    private FrameworkExport() {
    }

    /** CSV (UTF-8 with BOM, CRLF): {@code code,parent_code,title,description,kind}, parents before children. */
    public static byte[] toCsv(FrameworkDocument doc) {
        StringBuilder out = new StringBuilder(BOM);
        out.append(String.join(",", FrameworkImport.CSV_COLUMNS)).append(',').append(FrameworkImport.CSV_KIND_COLUMN)
                .append("\r\n");
        writeCsv(out, null, doc.roots());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeCsv(StringBuilder out, String parent, List<CompetencyNode> nodes) {
        for (CompetencyNode n : nodes) {
            out.append(cell(n.code())).append(',').append(cell(parent)).append(',').append(cell(n.title())).append(',')
                    .append(cell(n.description())).append(',').append(n.kind().name()).append("\r\n");
            writeCsv(out, n.code(), n.children());
        }
    }

    private static String cell(String raw) {
        if (raw == null) {
            return "";
        }
        String value = fr.sillon.domain.SpreadsheetText.neutralise(raw);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
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
