package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.FteRules;
import fr.sillon.domain.funding.MonthlyHours;
import fr.sillon.domain.pathway.ContractHours;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwayQueries.FundingPerson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Hours worked and absences per participant per month (entered, or imported from the payroll or the time sheets),
 * and the FTE they consume against the structure's agreed FTE, month by month.
 */
@Stateless
public class HoursService {
    /** Columns of the import file, in this order (French, as a payroll export is renamed by a person). */
    public static final List<String> COLUMNS = List.of("nom", "prenom", "mois", "heures_travaillees", "absence_sante",
            "absence_administratif", "absence_garde_enfant", "absence_transport", "absence_autre");
    static final AbsenceReason[] ABSENCE_COLUMNS = {AbsenceReason.HEALTH, AbsenceReason.ADMINISTRATIVE,
            AbsenceReason.CHILDCARE, AbsenceReason.TRANSPORT, AbsenceReason.OTHER};
    public static final int MAX_LINES = 5000;

    /** One participant under contract in the month, with what is recorded for it (null hours: nothing yet). */
    public record HoursRow(long pathwayId, String name, BigDecimal contractHours, BigDecimal workedHours,
                           Map<AbsenceReason, BigDecimal> absences, MonthlyHours.Source source) implements Serializable {
    }

    /** What an import did: lines imported, or why nothing was. */
    public record ImportReport(int imported, List<String> errors) implements Serializable {
        public boolean ok() { return errors.isEmpty(); }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    AuditService audit;

    /** The people under contract in {@code month}, by name, with their recorded hours and their contract hours. */
    @RolesAllowed(COORDINATOR)
    public List<HoursRow> month(YearMonth month) {
        if (month == null) {
            throw new DomainException("funding.hours.month");
        }
        long s = currentCaller.get().structure();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, List<ContractHours.Span>> spans = queries.contractSpans(s, from, to);
        Map<Long, MonthlyHours> recorded = new HashMap<>();
        em.createQuery("select h from MonthlyHours h where h.structureId = :s and h.monthStart = :m", MonthlyHours.class)
                .setParameter("s", s).setParameter("m", from).getResultList()
                .forEach(h -> recorded.put(h.getPathwayId(), h));
        List<HoursRow> rows = new ArrayList<>();
        for (FundingPerson p : queries.fundingPeople(s, from, to)) {
            MonthlyHours h = recorded.get(p.pathwayId());
            BigDecimal contract = ContractHours.within(spans.getOrDefault(p.pathwayId(), List.of()), from, to)
                    .setScale(2, RoundingMode.HALF_UP);
            rows.add(new HoursRow(p.pathwayId(), p.name(), contract, h == null ? null : h.getWorkedHours(),
                    h == null ? new EnumMap<>(AbsenceReason.class) : h.absences(), h == null ? null : h.getSource()));
        }
        return rows;
    }

    /** Records (or replaces) the month of one pathway of the caller's structure, under contract that month. */
    @RolesAllowed(COORDINATOR)
    public void record(long pathwayId, YearMonth month, BigDecimal worked, Map<AbsenceReason, BigDecimal> absences) {
        Caller caller = currentCaller.get();
        if (month == null) {
            throw new DomainException("funding.hours.month");
        }
        queries.pathway(caller, pathwayId, "FUNDING_HOURS_WRITE");
        MonthlyHours.check(worked, absences);
        if (!queries.contractSpans(caller.structure(), month.atDay(1), month.atEndOfMonth()).containsKey(pathwayId)) {
            throw new DomainException("funding.hours.notUnderContract");
        }
        save(caller, pathwayId, month, worked, absences, MonthlyHours.Source.ENTRY);
        audit.ok(caller, "FUNDING_HOURS_WRITE", "Pathway", pathwayId, month + " : " + worked.toPlainString() + " h");
    }

    private void save(Caller caller, long pathwayId, YearMonth month, BigDecimal worked,
                      Map<AbsenceReason, BigDecimal> absences, MonthlyHours.Source source) {
        MonthlyHours h = em.createQuery("select h from MonthlyHours h where h.pathwayId = :p and h.monthStart = :m",
                        MonthlyHours.class).setParameter("p", pathwayId).setParameter("m", month.atDay(1))
                .getResultStream().findFirst().orElse(null);
        if (h == null) {
            h = new MonthlyHours(caller.structure(), pathwayId, month);
            h.set(worked, absences, source, caller.login());
            em.persist(h);
        } else {
            h.set(worked, absences, source, caller.login());
        }
    }

    /**
     * Imports a CSV of the payroll or the time sheets ({@link #COLUMNS}, « ; » or « , », month as AAAA-MM, decimal
     * comma or point): every line is checked first, each person is found by name among those under contract that
     * month, and nothing is saved unless every line is right. A month already recorded is replaced.
     */
    @RolesAllowed(COORDINATOR)
    public ImportReport importCsv(byte[] csv) {
        Caller caller = currentCaller.get();
        long s = caller.structure();
        List<String> errors = new ArrayList<>();
        record Line(long pathwayId, YearMonth month, BigDecimal worked, Map<AbsenceReason, BigDecimal> absences) {
        }
        List<Line> lines = new ArrayList<>();
        String text = csv == null ? "" : new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char sep = first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<YearMonth, List<FundingPerson>> peopleByMonth = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(COLUMNS)) {
                return reject(caller, List.of(DomainException.format("funding.import.header", String.join(";", COLUMNS))));
            }
            for (CSVRecord r : parser) {
                long n = r.getRecordNumber() + 1;
                if (r.getRecordNumber() > MAX_LINES) {
                    errors.add(DomainException.format("funding.import.rejected", MAX_LINES));
                    break;
                }
                if (r.size() != COLUMNS.size()) {
                    errors.add(line(n, DomainException.format("pathway.import.columns", r.size(), COLUMNS.size())));
                    continue;
                }
                YearMonth month;
                try {
                    month = YearMonth.parse(r.get(2));
                } catch (DateTimeParseException e) {
                    errors.add(line(n, DomainException.format("funding.hours.month")));
                    continue;
                }
                BigDecimal worked = number(r.get(3), COLUMNS.get(3), n, errors);
                Map<AbsenceReason, BigDecimal> absences = new EnumMap<>(AbsenceReason.class);
                for (int i = 0; i < ABSENCE_COLUMNS.length; i++) {
                    BigDecimal a = number(r.get(4 + i), COLUMNS.get(4 + i), n, errors);
                    if (a != null) {
                        absences.put(ABSENCE_COLUMNS[i], a);
                    }
                }
                if (worked == null) {
                    continue;
                }
                try {
                    MonthlyHours.check(worked, absences);
                } catch (DomainException e) {
                    errors.add(line(n, e.getMessage()));
                    continue;
                }
                String who = r.get(1) + " " + r.get(0);
                List<FundingPerson> matches = peopleByMonth.computeIfAbsent(month,
                                m -> queries.fundingPeople(s, m.atDay(1), m.atEndOfMonth())).stream()
                        .filter(p -> p.lastName().equalsIgnoreCase(r.get(0)) && p.firstName().equalsIgnoreCase(r.get(1)))
                        .toList();
                if (matches.isEmpty()) {
                    errors.add(line(n, DomainException.format("funding.import.unknownPerson", who)));
                    continue;
                }
                if (matches.size() > 1) {
                    errors.add(line(n, DomainException.format("funding.import.ambiguous", who)));
                    continue;
                }
                long pathwayId = matches.get(0).pathwayId();
                if (!seen.add(pathwayId + "/" + month)) {
                    errors.add(line(n, DomainException.format("funding.import.duplicate")));
                    continue;
                }
                lines.add(new Line(pathwayId, month, worked, absences));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(DomainException.format("pathway.import.unreadable", e.getMessage()));
        }
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.add(DomainException.format("funding.import.empty"));
        }
        if (!errors.isEmpty()) {
            return reject(caller, errors);
        }
        for (Line l : lines) {
            save(caller, l.pathwayId(), l.month(), l.worked(), l.absences(), MonthlyHours.Source.IMPORT);
        }
        audit.ok(caller, "FUNDING_HOURS_IMPORT", "Structure", caller.structureId(), lines.size() + " ligne(s)");
        return new ImportReport(lines.size(), List.of());
    }

    private ImportReport reject(Caller caller, List<String> errors) {
        audit.record(caller.login(), caller.structureId(), "FUNDING_HOURS_IMPORT", "Structure", caller.structureId(),
                AuditEntry.Outcome.FAILED, errors.size() + " erreur(s)");
        return new ImportReport(0, List.copyOf(errors));
    }

    private static BigDecimal number(String cell, String column, long n, List<String> errors) {
        if (cell == null || cell.isBlank()) {
            return column.equals(COLUMNS.get(3)) ? fail(column, n, errors) : null;
        }
        try {
            return new BigDecimal(cell.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            return fail(column, n, errors);
        }
    }

    private static BigDecimal fail(String column, long n, List<String> errors) {
        errors.add(line(n, DomainException.format("funding.import.number", column)));
        return null;
    }

    private static String line(long n, String reason) {
        return DomainException.format("funding.import.line", n, reason);
    }

    /**
     * The year month by month: hours worked and absences recorded, FTE consumed on the deployment's basis, the FTE of
     * the contracts as a check, against the agreed FTE of the structure (annexe financière).
     */
    @RolesAllowed(COORDINATOR)
    public FteRules.Year fte(int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        Map<YearMonth, BigDecimal> worked = new HashMap<>();
        Map<YearMonth, BigDecimal> absent = new HashMap<>();
        em.createQuery("select h from MonthlyHours h where h.structureId = :s and h.monthStart between :f and :t",
                        MonthlyHours.class).setParameter("s", s).setParameter("f", LocalDate.of(year, 1, 1))
                .setParameter("t", LocalDate.of(year, 12, 31)).getResultList().forEach(h -> {
                    worked.merge(h.getMonth(), h.getWorkedHours(), BigDecimal::add);
                    absent.merge(h.getMonth(), h.absenceTotal(), BigDecimal::add);
                });
        Map<YearMonth, BigDecimal> contract = new HashMap<>();
        Map<Long, List<ContractHours.Span>> spans = queries.contractSpans(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            BigDecimal sum = BigDecimal.ZERO;
            for (List<ContractHours.Span> l : spans.values()) {
                sum = sum.add(ContractHours.within(l, ym.atDay(1), ym.atEndOfMonth()));
            }
            contract.put(ym, sum);
        }
        BigDecimal agreed = em.find(Structure.class, s).getAgreedCapacityEtp();
        return FteRules.year(year, worked, absent, contract, agreed, FundingSettings.hoursPerFte());
    }
}
