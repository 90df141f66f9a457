package fr.sillon.domain.funding;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * Hours worked by one participant in one month of one pathway, and absence hours by reason: entered by the
 * coordinator or imported from the payroll or the time sheets (a later entry replaces the month).
 */
@Entity
@Table(name = "funding_month_hours")
public class MonthlyHours {
    /** More than this in a month is a typing error (35 h × 31 / 7 ≈ 155 h; 48 h a week at most ≈ 213 h). */
    public static final BigDecimal MAX_MONTH_HOURS = new BigDecimal("220");

    public enum Source { ENTRY, IMPORT }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "pathway_id", nullable = false, updatable = false)
    private Long pathwayId;
    @Column(name = "month_start", nullable = false, updatable = false)
    private LocalDate monthStart;
    @Column(name = "worked_hours", nullable = false, precision = 6, scale = 2)
    private BigDecimal workedHours;
    @Column(name = "absence_health", nullable = false, precision = 6, scale = 2)
    private BigDecimal absenceHealth = BigDecimal.ZERO;
    @Column(name = "absence_administrative", nullable = false, precision = 6, scale = 2)
    private BigDecimal absenceAdministrative = BigDecimal.ZERO;
    @Column(name = "absence_childcare", nullable = false, precision = 6, scale = 2)
    private BigDecimal absenceChildcare = BigDecimal.ZERO;
    @Column(name = "absence_transport", nullable = false, precision = 6, scale = 2)
    private BigDecimal absenceTransport = BigDecimal.ZERO;
    @Column(name = "absence_other", nullable = false, precision = 6, scale = 2)
    private BigDecimal absenceOther = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Version
    private int version;

    protected MonthlyHours() {
    }

    public MonthlyHours(long structureId, long pathwayId, YearMonth month) {
        this.structureId = structureId;
        this.pathwayId = pathwayId;
        this.monthStart = month.atDay(1);
    }

    /** Checks then sets the month's figures (null absences are 0). */
    public void set(BigDecimal worked, Map<AbsenceReason, BigDecimal> absences, Source source, String by) {
        check(worked, absences);
        Map<AbsenceReason, BigDecimal> a = new EnumMap<>(AbsenceReason.class);
        for (AbsenceReason r : AbsenceReason.values()) {
            a.put(r, absences == null || absences.get(r) == null ? BigDecimal.ZERO : absences.get(r));
        }
        this.workedHours = worked;
        this.absenceHealth = a.get(AbsenceReason.HEALTH);
        this.absenceAdministrative = a.get(AbsenceReason.ADMINISTRATIVE);
        this.absenceChildcare = a.get(AbsenceReason.CHILDCARE);
        this.absenceTransport = a.get(AbsenceReason.TRANSPORT);
        this.absenceOther = a.get(AbsenceReason.OTHER);
        this.source = source;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now();
    }

    /** The rule of a month's figures: hours given, each between 0 and {@link #MAX_MONTH_HOURS}, two decimals at most. */
    public static void check(BigDecimal worked, Map<AbsenceReason, BigDecimal> absences) {
        if (worked == null) {
            throw new DomainException("funding.hours.required");
        }
        checkOne(worked, "travaillées");
        BigDecimal total = worked;
        if (absences != null) {
            for (var e : absences.entrySet()) {
                if (e.getValue() != null) {
                    checkOne(e.getValue(), "d'absence (" + e.getKey().label() + ")");
                    total = total.add(e.getValue());
                }
            }
        }
        if (total.compareTo(MAX_MONTH_HOURS) > 0) {
            throw new DomainException("funding.hours.tooMany", MAX_MONTH_HOURS.toPlainString());
        }
    }

    private static void checkOne(BigDecimal hours, String what) {
        if (hours.signum() < 0) {
            throw new DomainException("funding.hours.negative", what);
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new DomainException("funding.hours.scale", what);
        }
        if (hours.compareTo(MAX_MONTH_HOURS) > 0) {
            throw new DomainException("funding.hours.tooMany", MAX_MONTH_HOURS.toPlainString());
        }
    }

    public Map<AbsenceReason, BigDecimal> absences() {
        Map<AbsenceReason, BigDecimal> a = new EnumMap<>(AbsenceReason.class);
        a.put(AbsenceReason.HEALTH, absenceHealth);
        a.put(AbsenceReason.ADMINISTRATIVE, absenceAdministrative);
        a.put(AbsenceReason.CHILDCARE, absenceChildcare);
        a.put(AbsenceReason.TRANSPORT, absenceTransport);
        a.put(AbsenceReason.OTHER, absenceOther);
        return a;
    }

    public BigDecimal absenceTotal() {
        return absences().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Long getPathwayId() { return pathwayId; }
    public YearMonth getMonth() { return YearMonth.from(monthStart); }
    public BigDecimal getWorkedHours() { return workedHours; }
    public Source getSource() { return source; }
    public String getRecordedBy() { return recordedBy; }
}
