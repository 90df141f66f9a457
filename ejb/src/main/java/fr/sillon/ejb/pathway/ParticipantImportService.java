package fr.sillon.ejb.pathway;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.ParticipantImportRow;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ContractRequest;
import fr.sillon.ejb.pathway.PathwayViews.NewParticipant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a structure's existing participants from a CSV file (template: {@link ParticipantImportRow#COLUMNS},
 * separator « ; » or « , », UTF-8 or Windows-1252): each with their pathway, their current CDDI and their PASS IAE.
 * The whole file is checked first; every error comes with its line and a French reason, and nothing is saved unless
 * every line is right. Participants are created through {@link ParticipantService} and {@link ContractService} (same rules,
 * same audit).
 */
@Stateless
public class ParticipantImportService {
    static final String COORDINATOR = "COORDINATOR";
    public static final int MAX_LINES = 2000;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What an import did: how many participants were created, or why nothing was. */
    public record ImportReport(int imported, List<String> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    ParticipantService participants;
    @Inject
    ContractService contracts;

    /** Checks the file without saving anything (the errors, or an empty list when the import would succeed). */
    @RolesAllowed(COORDINATOR)
    public ImportReport check(byte[] csv) {
        Caller caller = currentCaller.get();
        List<String> errors = new ArrayList<>();
        List<ParticipantImportRow> rows = parse(caller, csv, errors);
        return new ImportReport(errors.isEmpty() ? rows.size() : 0, List.copyOf(errors));
    }

    /** Imports every line of the file, or nothing: returns the number created, or the errors when there is any. */
    @RolesAllowed(COORDINATOR)
    public ImportReport importCsv(byte[] csv) {
        Caller caller = currentCaller.get();
        List<String> errors = new ArrayList<>();
        List<ParticipantImportRow> rows = parse(caller, csv, errors);
        if (!errors.isEmpty()) {
            audit.record(caller.login(), caller.structureId(), "PARTICIPANT_IMPORT", "Structure", caller.structureId(),
                    fr.sillon.domain.access.AuditEntry.Outcome.FAILED, errors.size() + " erreur(s)");
            return new ImportReport(0, List.copyOf(errors));
        }
        for (ParticipantImportRow r : rows) {
            long pathwayId = participants.createParticipant(new NewParticipant(r.firstName(), r.lastName(), r.birthDate(),
                    null, null, null, null, null, null, null, r.passIaeNumber(), r.passIaeStart(), r.passIaeEnd(), null,
                    null, Set.of(), r.rqth(), r.entryDate(), null, null));
            contracts.addContract(pathwayId, new ContractRequest(r.contractStart(), r.contractEnd(), r.weeklyHours(),
                    fr.sillon.domain.pathway.ContractException.NONE, null, false, null));
        }
        audit.ok(caller, "PARTICIPANT_IMPORT", "Structure", caller.structureId(), rows.size() + " participant(s)");
        return new ImportReport(rows.size(), List.of());
    }

    private List<ParticipantImportRow> parse(Caller caller, byte[] csv, List<String> errors) {
        long structure = caller.structure();
        String text = decode(csv == null ? new byte[0] : csv);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).get();
        List<ParticipantImportRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            String template = String.join(String.valueOf(separator), ParticipantImportRow.COLUMNS);
            Set<String> missing = new LinkedHashSet<>(ParticipantImportRow.REQUIRED);
            missing.removeAll(header);
            if (!missing.isEmpty()) {
                errors.add(line(1, DomainException.format("pathway.import.header", String.join(", ", missing), template)));
            }
            for (String h : header) {
                if (!ParticipantImportRow.COLUMNS.contains(h)) {
                    errors.add(line(1, DomainException.format("pathway.import.unknownColumn", h, template)));
                }
            }
            if (!errors.isEmpty()) {
                return rows;
            }
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                long lineNo = record.getRecordNumber() + 1; // the header is line 1; empty lines are kept as records
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.getRecordNumber() > MAX_LINES) {
                    errors.add(DomainException.format("pathway.import.tooMany", MAX_LINES));
                    return rows;
                }
                if (record.size() != header.size()) {
                    errors.add(line(lineNo, DomainException.format("pathway.import.columns", record.size(), header.size())));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                ParticipantImportRow.Checked checked = ParticipantImportRow.check(cells);
                if (!checked.ok()) {
                    checked.errors().forEach(e -> errors.add(line(lineNo, e)));
                    continue;
                }
                ParticipantImportRow row = checked.row();
                Long previous = seen.putIfAbsent(row.personKey(), lineNo);
                if (previous != null) {
                    errors.add(line(lineNo, DomainException.format("pathway.import.duplicate", previous)));
                    continue;
                }
                Long existing = em.createQuery("""
                                select count(p) from Participant p where p.structureId = :s and lower(p.lastName) = lower(:l)
                                and lower(p.firstName) = lower(:f) and p.birthDate = :b""", Long.class)
                        .setParameter("s", structure).setParameter("l", row.lastName()).setParameter("f", row.firstName())
                        .setParameter("b", row.birthDate()).getSingleResult();
                if (existing > 0) {
                    errors.add(line(lineNo, DomainException.format("pathway.import.exists", row.firstName(), row.lastName(),
                            FRENCH_DATE.format(row.birthDate()))));
                    continue;
                }
                rows.add(row);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(DomainException.format("pathway.import.unreadable", e.getMessage()));
            return rows;
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(DomainException.format("pathway.import.empty"));
        }
        return rows;
    }

    private static String line(long n, String reason) {
        return DomainException.format("pathway.import.line", n, reason);
    }

    /** UTF-8 when valid, else Windows-1252 (a file saved by Excel). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
