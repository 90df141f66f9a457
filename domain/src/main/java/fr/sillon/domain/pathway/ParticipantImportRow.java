package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the participants import (a CSV file, template in the README): identity, entry date, PASS IAE and the
 * current CDDI. {@link #check} turns the cells of a line into a row, or into every French reason the line is wrong
 * (all the line's problems, not just the first). The CDDI is checked with {@link CddiRules} as the first contract.
 */
public record ParticipantImportRow(String lastName, String firstName, LocalDate birthDate, LocalDate entryDate,
                                   String passIaeNumber, LocalDate passIaeStart, LocalDate passIaeEnd,
                                   LocalDate contractStart, LocalDate contractEnd, BigDecimal weeklyHours, boolean rqth) {
    /** Column names of the template, in order. */
    public static final List<String> COLUMNS = List.of("nom", "prenom", "date_naissance", "date_entree",
            "pass_iae_numero", "pass_iae_debut", "pass_iae_fin", "contrat_debut", "contrat_fin_prevue",
            "heures_hebdo", "rqth");
    /** Columns every line must fill. */
    public static final List<String> REQUIRED = List.of("nom", "prenom", "date_naissance", "date_entree",
            "contrat_debut", "contrat_fin_prevue", "heures_hebdo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Either a row or the reasons the line is refused. */
    public record Checked(ParticipantImportRow row, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The identity key of a person, to find duplicates (case and accents of the file kept as typed, trimmed). */
    public String personKey() {
        return lastName.toLowerCase(Locale.ROOT) + "|" + firstName.toLowerCase(Locale.ROOT) + "|" + birthDate;
    }

    public CddiRules.Term contract() {
        return new CddiRules.Term(ContractKind.INITIAL, contractStart, contractEnd, weeklyHours, ContractException.NONE,
                null, false, null);
    }

    public static Checked check(Map<String, String> cells) {
        List<String> errors = new ArrayList<>();
        for (String column : REQUIRED) {
            if (blank(cells.get(column))) {
                errors.add(DomainException.format("pathway.import.required", column));
            }
        }
        String last = trim(cells.get("nom"));
        String first = trim(cells.get("prenom"));
        if (last != null && last.length() > 100 || first != null && first.length() > 100) {
            errors.add(DomainException.format("pathway.import.nameTooLong"));
        }
        LocalDate birth = date(cells, "date_naissance", errors);
        LocalDate entry = date(cells, "date_entree", errors);
        String pass = trim(cells.get("pass_iae_numero"));
        if (pass != null) {
            pass = pass.replace(" ", "");
            if (!pass.matches("[0-9]{12}")) {
                errors.add(DomainException.format("pathway.import.passNumber", cells.get("pass_iae_numero").trim()));
            }
        }
        LocalDate passStart = date(cells, "pass_iae_debut", errors);
        LocalDate passEnd = date(cells, "pass_iae_fin", errors);
        if (passStart != null && passEnd != null && passEnd.isBefore(passStart)) {
            errors.add(DomainException.format("pathway.participant.passIaeDates"));
        }
        if (pass == null && (passStart != null || passEnd != null)) {
            errors.add(DomainException.format("pathway.import.passWithoutNumber"));
        }
        LocalDate start = date(cells, "contrat_debut", errors);
        LocalDate end = date(cells, "contrat_fin_prevue", errors);
        BigDecimal hours = null;
        String h = trim(cells.get("heures_hebdo"));
        if (h != null) {
            try {
                hours = new BigDecimal(h.replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(DomainException.format("pathway.import.hours", h));
            }
        }
        boolean rqth = false;
        String r = trim(cells.get("rqth"));
        if (r != null) {
            switch (r.toLowerCase(Locale.ROOT)) {
                case "oui", "o", "1" -> rqth = true;
                case "non", "n", "0" -> rqth = false;
                default -> errors.add(DomainException.format("pathway.import.yesNo", "rqth", r));
            }
        }
        if (birth != null && entry != null && !birth.isBefore(entry)) {
            errors.add(DomainException.format("pathway.import.birthAfterEntry"));
        }
        if (entry != null && start != null && start.isBefore(entry)) {
            errors.add(DomainException.format("pathway.import.contractBeforeEntry"));
        }
        ParticipantImportRow row = new ParticipantImportRow(last, first, birth, entry, pass, passStart, passEnd, start,
                end, hours, rqth);
        if (errors.isEmpty()) {
            try {
                CddiRules.checkNew(List.of(), row.contract(), new CddiRules.PersonFacts(birth, rqth));
            } catch (DomainException e) {
                errors.add(e.getMessage());
            }
        }
        return new Checked(errors.isEmpty() ? row : null, List.copyOf(errors));
    }

    private static LocalDate date(Map<String, String> cells, String column, List<String> errors) {
        String v = trim(cells.get(column));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, DATE);
        } catch (DateTimeParseException e) {
            errors.add(DomainException.format("pathway.import.date", column, v));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
