package fr.sillon.ejb.certificate;

import static fr.sillon.ejb.shared.Rows.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.certificate.Certificate;
import fr.sillon.domain.certificate.CertificateContent;
import fr.sillon.domain.certificate.CertificateNumber;
import fr.sillon.domain.certificate.CertificateSnapshot;
import fr.sillon.domain.certificate.ContractHours;
import fr.sillon.domain.certificate.SstValidity;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwayViews.CertifiedPathway;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds snapshots from the database and issues certificates, inside the transaction of the calling service
 * (which has already checked the caller's role and structure). Reads the other contexts' tables with SQL only, one
 * query per concern (no N+1): pathway and structure, contracts, validated criteria with their work situations, SST.
 */
@Dependent
public class CertificateIssuer {
    @PersistenceContext
    EntityManager em;
    @Inject
    CertificateInfra infra;
    @Inject
    PathwayQueries pathways;

    /** The snapshot of what a certificate for this pathway would state today (not numbered). */
    public CertificateSnapshot snapshot(long structureId, long pathwayId, LocalDate issuedOn) {
        CertifiedPathway h = pathways.certifiedPathway(structureId, pathwayId)
                .orElseThrow(() -> new NotFoundException("parcours", pathwayId));
        long participantId = h.participantId();
        LocalDate entry = h.entryDate();
        LocalDate exit = h.exitDate();

        List<ContractHours.Contract> contracts = pathways.contractLines(pathwayId).stream()
                .map(c -> new ContractHours.Contract(c.start(), c.plannedEnd(), c.weeklyHours())).toList();
        BigDecimal hours = ContractHours.total(contracts, exit != null && exit.isBefore(issuedOn) ? exit : issuedOn);

        // validated criteria, their domain (up to three levels up) and the task types where they were observed
        List<CertificateContent.Row> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select distinct f.code, f.fw_version, f.title, c.code, c.title, v.decided_at,
                       p1.code, p1.title, p1.kind, p2.code, p2.title, p2.kind, p3.code, p3.title, p3.kind,
                       tt.name
                from validation v
                join competency c on c.id = v.competency_id
                join framework f on f.id = c.framework_id
                left join competency p1 on p1.id = c.parent_id
                left join competency p2 on p2.id = p1.parent_id
                left join competency p3 on p3.id = p2.parent_id
                left join observation o on o.participant_id = v.participant_id and o.competency_id = v.competency_id
                     and o.level_rank > 0 and o.structure_id = v.structure_id
                     and not exists (select 1 from observation s where s.supersedes_id = o.id)
                left join task_record tr on tr.id = o.task_record_id
                left join task_type tt on tt.id = tr.task_type_id
                where v.participant_id = ?1 and v.structure_id = ?2 and v.status = 'VALIDATED'""")
                .setParameter(1, participantId).setParameter(2, structureId).getResultList()) {
            Object[] r = (Object[]) o;
            String domainCode = null;
            String domainTitle = null;
            String rootCode = null;
            String rootTitle = null;
            for (int i : new int[] {6, 9, 12}) { // parent, grand-parent, great-grand-parent
                if (r[i] == null) {
                    break;
                }
                rootCode = (String) r[i];
                rootTitle = (String) r[i + 1];
                if ("DOMAIN".equals(r[i + 2])) {
                    domainCode = rootCode;
                    domainTitle = rootTitle;
                }
            }
            if (domainCode == null) { // no DOMAIN level: the root ancestor, or the framework itself
                domainCode = rootCode == null ? "" : rootCode;
                domainTitle = rootCode == null ? (String) r[2] : rootTitle;
            }
            rows.add(new CertificateContent.Row((String) r[0], (String) r[1], (String) r[2], domainCode, domainTitle,
                    (String) r[3], (String) r[4], dateTime(r[5]).toLocalDate(), (String) r[15]));
        }

        CertificateSnapshot.Sst sstStatus = pathways.latestSst(participantId, structureId)
                .map(sst -> SstValidity.of(sst[0], sst[1], issuedOn)).orElse(null);

        return new CertificateSnapshot(null, issuedOn,
                new CertificateSnapshot.Issuer(h.structureName(), h.structureAddress(), h.structureCity(),
                        h.signatoryName(), h.signatoryRole()),
                new CertificateSnapshot.Holder(h.firstName(), h.lastName()),
                new CertificateSnapshot.Period(entry, exit, hours),
                CertificateContent.group(rows), sstStatus, null);
    }

    /** The participant of a pathway of the structure. */
    public long participantOf(long structureId, long pathwayId) {
        return pathways.participantOf(structureId, pathwayId).orElseThrow(() -> new NotFoundException("parcours", pathwayId));
    }

    /**
     * Draws the next number of a year: atomic in MariaDB (LAST_INSERT_ID(expr) is per connection), and the sequence
     * row stays locked until the issuing transaction ends, so two issues never get the same number and a rolled-back
     * issue does not leave a gap.
     */
    public String nextNumber(int year) {
        em.createNativeQuery("""
                insert into certificate_sequence (year, last_value) values (?1, last_insert_id(1))
                on duplicate key update last_value = last_insert_id(last_value + 1)""")
                .setParameter(1, year).executeUpdate();
        long value = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return CertificateNumber.format(year, value);
    }

    /** Freezes the snapshot, numbers, renders, signs, hashes and stores a certificate. */
    public Certificate issue(long structureId, String login, long pathwayId, LocalDateTime now) {
        CertificateSnapshot draft = snapshot(structureId, pathwayId, now.toLocalDate());
        if (draft.criteriaCount() == 0) {
            throw new DomainException("certificate.nothingValidated");
        }
        long participantId = participantOf(structureId, pathwayId);
        String number = nextNumber(now.getYear());
        CertificateSnapshot snapshot = draft.numbered(number, infra.verifyUrl(number));
        CertificatePdf.Signed signed;
        try {
            signed = infra.pdf().issue(snapshot, now);
        } catch (IllegalStateException e) {
            throw new DomainException("certificate.signing.unavailable", e.getMessage());
        }
        Certificate c = new Certificate(structureId, number, participantId, pathwayId, now, login,
                SnapshotJson.write(snapshot), signed.pdf(), signed.sha256());
        em.persist(c);
        em.flush();
        return c;
    }
}
