package fr.sillon.domain.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups the flat rows read from the database (one per validated criterion and work situation) into the
 * framework → domain → criterion sections of a snapshot, in the official order of the codes.
 */
public final class CertificateContent {
    private CertificateContent() {
    }

    /** One validated criterion, with one task type where it was observed (null if none recorded). */
    public record Row(String frameworkCode, String frameworkVersion, String frameworkTitle,
                      String domainCode, String domainTitle, String criterionCode, String criterionTitle,
                      LocalDate validatedOn, String workSituation) {
    }

    /** Whether a framework is CléA or CléA Numérique (its criteria are presented as preparation to CléA). */
    public static boolean isClea(String frameworkCode) {
        return frameworkCode != null && frameworkCode.toUpperCase(Locale.ROOT).replace("É", "E").startsWith("CLEA");
    }

    public static List<CertificateSnapshot.FrameworkSection> group(List<Row> rows) {
        Map<String, Map<String, Map<String, CriterionAcc>>> byFramework = new LinkedHashMap<>();
        Map<String, Row> frameworkHeads = new LinkedHashMap<>();
        Map<String, Row> domainHeads = new LinkedHashMap<>();
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::frameworkTitle, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Row::frameworkVersion, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Row::domainCode, CODE_ORDER)
                .thenComparing(Row::criterionCode, CODE_ORDER));
        for (Row r : sorted) {
            String fKey = r.frameworkCode() + "\u0000" + r.frameworkVersion();
            frameworkHeads.putIfAbsent(fKey, r);
            domainHeads.putIfAbsent(fKey + "\u0000" + r.domainCode(), r);
            CriterionAcc acc = byFramework.computeIfAbsent(fKey, k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.domainCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.criterionCode(), k -> new CriterionAcc(r));
            if (r.workSituation() != null && !r.workSituation().isBlank()) {
                acc.situations.add(r.workSituation().strip());
            }
        }
        List<CertificateSnapshot.FrameworkSection> result = new ArrayList<>();
        byFramework.forEach((fKey, domains) -> {
            Row head = frameworkHeads.get(fKey);
            List<CertificateSnapshot.DomainSection> ds = new ArrayList<>();
            domains.forEach((dCode, criteria) -> {
                Row d = domainHeads.get(fKey + "\u0000" + dCode);
                ds.add(new CertificateSnapshot.DomainSection(dCode, d.domainTitle(),
                        criteria.values().stream().map(CriterionAcc::toCriterion).toList()));
            });
            result.add(new CertificateSnapshot.FrameworkSection(head.frameworkCode(), head.frameworkVersion(),
                    head.frameworkTitle(), isClea(head.frameworkCode()), ds));
        });
        return result;
    }

    private static final class CriterionAcc {
        final Row row;
        final TreeSet<String> situations = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

        CriterionAcc(Row row) {
            this.row = row;
        }

        CertificateSnapshot.Criterion toCriterion() {
            return new CertificateSnapshot.Criterion(row.criterionCode(), row.criterionTitle(), row.validatedOn(),
                    List.copyOf(situations));
        }
    }

    /** Official codes in reading order: {@code 1.2 < 1.10}, {@code C2 < C10}, numbers before letters. */
    public static final Comparator<String> CODE_ORDER = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] pa = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|\\.");
        String[] pb = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            String x = pa[i];
            String y = pb[i];
            boolean nx = !x.isEmpty() && x.chars().allMatch(Character::isDigit);
            boolean ny = !y.isEmpty() && y.chars().allMatch(Character::isDigit);
            int c;
            if (nx && ny) {
                c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
            } else if (nx != ny) {
                c = nx ? -1 : 1;
            } else {
                c = x.compareToIgnoreCase(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    };
}
