package fr.sillon.domain.framework;

import fr.sillon.domain.CsvText;
import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a framework file (CSV or JSON) and validates all of it before anything is saved: every error is
 * reported with its line and a French reason (bad encoding, bad column count, empty code or title, duplicate
 * code, missing parent, cycle, kind misplaced…). Pure: no database, no container.
 *
 * <p>CSV: UTF-8 (with or without BOM), a header {@code code,parent_code,title,description} and optionally
 * {@code kind} (columns in any order; {@code ;} is accepted as separator), one row per competency, RFC 4180
 * quoting (read by Apache Commons CSV, {@link CsvText}). Without a kind column, leaves are criteria, roots domains
 * and the rest sub-domains.
 *
 * <p>JSON: {@code {"code","version","title","source","competencies":[{"code","kind","title","description",
 * "children":[…]}]}} — see {@link FrameworkExport#toJson}.
 */
public final class FrameworkImport {
    /** Beyond this many errors the file is surely not a framework: stop listing. */
    public static final int MAX_ERRORS = 500;
    public static final List<String> CSV_COLUMNS = List.of("code", "parent_code", "title", "description");
    public static final String CSV_KIND_COLUMN = "kind";

    private FrameworkImport() {
    }

    /** One competency as read from a file, before validation. */
    record Row(int line, String code, String parentCode, String title, String description, String kind) {
    }

    // ---- CSV ---------------------------------------------------------------------------------------

    public static ImportResult parseCsv(byte[] content) {
        List<ImportError> errors = new ArrayList<>();
        String text = decode(content, errors);
        if (text.isBlank()) {
            errors.add(new ImportError(0, "framework.import.empty"));
            return new ImportResult(null, errors);
        }
        int eol = text.indexOf('\n');
        String firstLine = eol < 0 ? text : text.substring(0, eol);
        char sep = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<CsvText.Line> records = CsvText.read(text, sep,
                line -> errors.add(new ImportError(line, "framework.import.quote")));
        if (records.isEmpty()) {
            errors.add(new ImportError(0, "framework.import.empty"));
            return new ImportResult(null, errors);
        }
        CsvText.Line header = records.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!CSV_COLUMNS.contains(name) && !CSV_KIND_COLUMN.equals(name) || col.putIfAbsent(name, i) != null) {
                errors.add(new ImportError(header.line(), "framework.import.header.column", header.fields().get(i)));
            }
        }
        for (String required : CSV_COLUMNS) {
            if (!col.containsKey(required)) {
                errors.add(new ImportError(header.line(), "framework.import.header.missing", required));
            }
        }
        if (!errors.isEmpty() && errors.stream().anyMatch(e -> e.key().startsWith("framework.import.header"))) {
            return new ImportResult(null, errors);
        }
        int width = header.fields().size();
        List<Row> rows = new ArrayList<>();
        for (CsvText.Line r : records.subList(1, records.size())) {
            if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                continue; // blank line
            }
            if (r.fields().size() != width) {
                errors.add(new ImportError(r.line(), "framework.import.columns", r.fields().size(), width));
                continue;
            }
            rows.add(new Row(r.line(), r.fields().get(col.get("code")), r.fields().get(col.get("parent_code")),
                    r.fields().get(col.get("title")), r.fields().get(col.get("description")),
                    col.containsKey(CSV_KIND_COLUMN) ? r.fields().get(col.get(CSV_KIND_COLUMN)) : null));
        }
        return validate(null, null, null, null, rows, errors);
    }

    // ---- JSON --------------------------------------------------------------------------------------

    public static ImportResult parseJson(byte[] content) {
        List<ImportError> errors = new ArrayList<>();
        String text = decode(content, errors);
        if (text.isBlank()) {
            errors.add(new ImportError(0, "framework.import.empty"));
            return new ImportResult(null, errors);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        try (JsonParser p = Json.createParser(new StringReader(text))) {
            if (!p.hasNext() || p.next() != JsonParser.Event.START_OBJECT) {
                errors.add(new ImportError(line(p), "framework.import.json.root"));
                return new ImportResult(null, errors);
            }
            boolean sawCompetencies = false;
            while (p.next() == JsonParser.Event.KEY_NAME) {
                String key = p.getString();
                JsonParser.Event ev = p.next();
                switch (key) {
                    case "code", "version", "title", "source", "scale" -> header.put(key, scalar(p, ev, key, errors));
                    case "competencies" -> {
                        sawCompetencies = true;
                        readNodes(p, ev, rows, errors);
                    }
                    default -> {
                        errors.add(new ImportError(line(p), "framework.import.json.unknown", key));
                        skip(p, ev);
                    }
                }
            }
            if (!sawCompetencies) {
                errors.add(new ImportError(0, "framework.import.json.missing", "competencies"));
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            errors.add(new ImportError(at == null ? 0 : (int) at.getLineNumber(), "framework.import.json.syntax",
                    at == null ? 0 : at.getColumnNumber()));
            return new ImportResult(null, errors);
        } catch (RuntimeException e) { // jakarta.json.JsonException: truncated input and the like
            errors.add(new ImportError(0, "framework.import.json.syntax", 0));
            return new ImportResult(null, errors);
        }
        return validate(header.get("code"), header.get("version"), header.get("title"), header.get("source"), rows,
                errors);
    }

    /** Reads an array of nodes; rows are added parents first; returns the indexes of the direct children read. */
    private static List<Integer> readNodes(JsonParser p, JsonParser.Event ev, List<Row> rows, List<ImportError> errors) {
        List<Integer> read = new ArrayList<>();
        if (ev != JsonParser.Event.START_ARRAY) {
            errors.add(new ImportError(line(p), "framework.import.json.type", "competencies/children", "tableau"));
            skip(p, ev);
            return read;
        }
        JsonParser.Event e;
        while ((e = p.next()) != JsonParser.Event.END_ARRAY) {
            if (e != JsonParser.Event.START_OBJECT) {
                errors.add(new ImportError(line(p), "framework.import.json.type", "competencies/children", "objet"));
                skip(p, e);
                continue;
            }
            int line = line(p);
            int index = rows.size();
            rows.add(null); // reserved: a parent comes before its children
            read.add(index);
            Map<String, String> f = new HashMap<>();
            List<Integer> children = List.of();
            while (p.next() == JsonParser.Event.KEY_NAME) {
                String key = p.getString();
                JsonParser.Event v = p.next();
                switch (key) {
                    case "code", "kind", "title", "description" -> f.put(key, scalar(p, v, key, errors));
                    case "children" -> children = readNodes(p, v, rows, errors);
                    default -> {
                        errors.add(new ImportError(line(p), "framework.import.json.unknown", key));
                        skip(p, v);
                    }
                }
            }
            String code = f.get("code");
            rows.set(index, new Row(line, code, null, f.get("title"), f.get("description"), f.get("kind")));
            for (int child : children) {
                Row c = rows.get(child);
                // a parent without code: its children point at "?", reported as a missing parent
                rows.set(child, new Row(c.line(), c.code(), code == null || code.isBlank() ? "?" : code, c.title(),
                        c.description(), c.kind()));
            }
        }
        return read;
    }

    private static String scalar(JsonParser p, JsonParser.Event ev, String key, List<ImportError> errors) {
        return switch (ev) {
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER -> p.getString();
            case VALUE_NULL -> null;
            default -> {
                errors.add(new ImportError(line(p), "framework.import.json.type", key, "texte"));
                skip(p, ev);
                yield null;
            }
        };
    }

    private static void skip(JsonParser p, JsonParser.Event ev) {
        if (ev == JsonParser.Event.START_OBJECT) {
            p.skipObject();
        } else if (ev == JsonParser.Event.START_ARRAY) {
            p.skipArray();
        }
    }

    private static int line(JsonParser p) {
        return (int) p.getLocation().getLineNumber();
    }

    // ---- shared ------------------------------------------------------------------------------------

    /** Strict UTF-8: each line holding bytes that are not UTF-8 is reported; the text is decoded leniently. */
    static String decode(byte[] content, List<ImportError> errors) {
        byte[] bytes = content == null ? new byte[0] : content;
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    errors.add(new ImportError(line, "framework.import.encoding"));
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    /** Checks every row and, if all is well, builds the tree (children in file order). */
    static ImportResult validate(String code, String version, String title, String source, List<Row> rows,
                                 List<ImportError> errors) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (Row r : rows) {
            String c = trim(r.code());
            if (c == null) {
                errors.add(new ImportError(r.line(), "framework.import.code.empty"));
            } else if (!Framework.isValidCompetencyCode(c)) {
                errors.add(new ImportError(r.line(), "framework.import.code.invalid", c, Competency.CODE_MAX));
            } else if (byCode.containsKey(c)) {
                errors.add(new ImportError(r.line(), "framework.import.code.duplicate", c, byCode.get(c).line()));
            } else {
                byCode.put(c, r);
            }
            String t = trim(r.title());
            if (t == null) {
                errors.add(new ImportError(r.line(), "framework.import.title.empty", c == null ? "?" : c));
            } else if (t.length() > Competency.TITLE_MAX) {
                errors.add(new ImportError(r.line(), "framework.import.title.tooLong", c, Competency.TITLE_MAX));
            }
            String d = trim(r.description());
            if (d != null && d.length() > Competency.DESCRIPTION_MAX) {
                errors.add(new ImportError(r.line(), "framework.import.description.tooLong", c,
                        Competency.DESCRIPTION_MAX));
            }
            String k = trim(r.kind());
            if (k != null && CompetencyKind.parse(k) == null) {
                errors.add(new ImportError(r.line(), "framework.import.kind.unknown", k));
            }
        }
        // parents: missing ones, then cycles
        for (Row r : byCode.values()) {
            String parent = trim(r.parentCode());
            if (parent != null && !byCode.containsKey(parent)) {
                errors.add(new ImportError(r.line(), "framework.import.parent.missing", parent, trim(r.code())));
            }
        }
        Set<String> inCycle = new HashSet<>();
        for (Row r : byCode.values()) {
            String start = trim(r.code());
            if (inCycle.contains(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String cur = start;
            Set<String> seen = new HashSet<>();
            while (cur != null && byCode.containsKey(cur) && seen.add(cur)) {
                path.add(cur);
                cur = trim(byCode.get(cur).parentCode());
            }
            if (cur != null && cur.equals(start)) {
                inCycle.addAll(path);
                errors.add(new ImportError(r.line(), "framework.import.cycle", start,
                        String.join(" → ", path) + " → " + start));
            }
        }
        // kinds (explicit or inferred) must fit the hierarchy
        Set<String> parents = new HashSet<>();
        for (Row r : byCode.values()) {
            String parent = trim(r.parentCode());
            if (parent != null) {
                parents.add(parent);
            }
        }
        Map<String, CompetencyKind> kinds = new HashMap<>();
        for (Row r : byCode.values()) {
            String c = trim(r.code());
            CompetencyKind k = CompetencyKind.parse(trim(r.kind()));
            if (k == null && trim(r.kind()) == null) {
                k = CompetencyKind.infer(trim(r.parentCode()) == null, !parents.contains(c));
            }
            kinds.put(c, k);
        }
        for (Row r : byCode.values()) {
            String c = trim(r.code());
            String parent = trim(r.parentCode());
            CompetencyKind k = kinds.get(c);
            if (k == null || inCycle.contains(c) || parent != null && !byCode.containsKey(parent)) {
                continue;
            }
            CompetencyKind pk = parent == null ? null : kinds.get(parent);
            if (parent != null && pk == null) {
                continue;
            }
            if (!k.allowedUnder(pk)) {
                errors.add(parent == null
                        ? new ImportError(r.line(), "framework.import.kind.root", c, k)
                        : new ImportError(r.line(), "framework.import.kind.parent", c, k, parent, pk));
            }
        }
        if (errors.isEmpty() && byCode.isEmpty()) {
            errors.add(new ImportError(0, "framework.import.empty"));
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ImportResult(null, errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        Map<String, List<Row>> children = new HashMap<>();
        List<Row> roots = new ArrayList<>();
        for (Row r : byCode.values()) {
            String parent = trim(r.parentCode());
            if (parent == null) {
                roots.add(r);
            } else {
                children.computeIfAbsent(parent, x -> new ArrayList<>()).add(r);
            }
        }
        return new ImportResult(new FrameworkDocument(trim(code), trim(version), trim(title), trim(source),
                build(roots, children, kinds)), List.of());
    }

    private static List<CompetencyNode> build(List<Row> list, Map<String, List<Row>> children,
                                              Map<String, CompetencyKind> kinds) {
        List<CompetencyNode> out = new ArrayList<>();
        for (Row r : list) {
            String c = trim(r.code());
            out.add(new CompetencyNode(c, kinds.get(c), trim(r.title()), trim(r.description()),
                    build(children.getOrDefault(c, List.of()), children, kinds)));
        }
        return out;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = fr.sillon.domain.SpreadsheetText.restore(s.strip()); // a cell neutralised by FrameworkExport
        return t.isEmpty() ? null : t;
    }

    /** Detects the format from the file name ({@code .json} or else CSV) and parses it. */
    public static ImportResult parse(String fileName, byte[] content) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? parseJson(content)
                : parseCsv(content);
    }
}
