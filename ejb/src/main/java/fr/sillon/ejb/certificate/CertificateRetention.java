package fr.sillon.ejb.certificate;

import fr.sillon.domain.pathway.ParticipantAnonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * When a person is anonymised, their certificates keep their number, status, dates and what they state, but lose
 * everything that names the holder: the snapshot's holder becomes « Personne anonymisée » and the signed PDF (which
 * prints the name) is erased; the public page then says the certificate existed, with no name.
 */
@ApplicationScoped
public class CertificateRetention {
    @PersistenceContext
    EntityManager em;

    void onAnonymised(@Observes ParticipantAnonymised event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, snapshot from certificate where participant_id = ?1 and anonymised_at is null")
                .setParameter(1, event.participantId()).getResultList();
        for (Object[] row : rows) {
            String snapshot = SnapshotJson.write(SnapshotJson.read(CertificateService.text(row[1])).anonymised());
            em.createNativeQuery("update certificate set snapshot = ?1, pdf = x'', anonymised_at = ?2 where id = ?3")
                    .setParameter(1, snapshot).setParameter(2, LocalDateTime.now())
                    .setParameter(3, ((Number) row[0]).longValue()).executeUpdate();
        }
    }
}
