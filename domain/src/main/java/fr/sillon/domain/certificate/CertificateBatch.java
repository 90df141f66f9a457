package fr.sillon.domain.certificate;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A background job issuing the certificates of all exits of a period. Its progress lives in the database so that
 * any node of a cluster can show it, and a page polls it instead of waiting.
 */
@Entity
@Table(name = "certificate_batch")
public class CertificateBatch {
    public enum Status { PENDING, RUNNING, DONE, FAILED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;
    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;
    @Column(nullable = false)
    private int total;
    @Column(nullable = false)
    private int issued;
    @Column(nullable = false)
    private int skipped;
    @Column(nullable = false)
    private int failed;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    @Column(length = 1000)
    private String message;

    protected CertificateBatch() {
    }

    public CertificateBatch(long structureId, String requestedBy, LocalDate from, LocalDate to, LocalDateTime now) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new fr.sillon.domain.DomainException("certificate.batch.period");
        }
        if (to.isAfter(from.plusYears(5))) {
            throw new fr.sillon.domain.DomainException("certificate.batch.periodTooLong");
        }
        this.structureId = structureId;
        this.requestedBy = requestedBy;
        this.periodFrom = from;
        this.periodTo = to;
        this.createdAt = now;
    }

    public void start(int total) {
        this.status = Status.RUNNING;
        this.total = total;
    }

    public void finish(LocalDateTime at, String message) {
        this.status = Status.DONE;
        this.finishedAt = at;
        this.message = message;
    }

    public void fail(LocalDateTime at, String message) {
        this.status = Status.FAILED;
        this.finishedAt = at;
        this.message = message == null ? null : message.substring(0, Math.min(message.length(), 1000));
    }

    /** Progress in percent (0–100). */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, (issued + skipped + failed) * 100L / total);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Status getStatus() { return status; }
    public int getTotal() { return total; }
    public int getIssued() { return issued; }
    public int getSkipped() { return skipped; }
    public int getFailed() { return failed; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public String getMessage() { return message; }
}
