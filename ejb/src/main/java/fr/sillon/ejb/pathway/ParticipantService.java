package fr.sillon.ejb.pathway;

import fr.sillon.ejb.shared.Persist;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.Participant;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.NewParticipant;
import fr.sillon.ejb.pathway.PathwayViews.ParticipantRow;
import fr.sillon.ejb.pathway.PathwayViews.PathwayDetail;
import fr.sillon.ejb.pathway.PathwayViews.StaffMember;
import fr.sillon.ejb.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Participants and their pathways (stays): list, create, correct, reopen, read, link to a login, assign the staff
 * following them. Every record is of the caller's structure (another structure's is answered as not found, audited).
 * Health and justice details (RQTH, TH and DETENTION_MJ criteria) are returned to coordinators only.
 */
@Stateless
public class ParticipantService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    PathwayQueries queries;

    /** Pathways of the structure (by name), searched by name, France Travail id or PASS IAE number. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public Page<ParticipantRow> listParticipants(String search, boolean activeOnly, int first, int size) {
        return queries.participants(currentCaller.get().structure(), search, activeOnly, first, size);
    }

    /** Creates a participant and their pathway; returns the pathway id. */
    @RolesAllowed(COORDINATOR)
    public long createParticipant(NewParticipant data) {
        Caller caller = currentCaller.get();
        long structureId = caller.structure();
        Participant p = new Participant(structureId, data.firstName(), data.lastName());
        apply(p, data);
        em.persist(p);
        Pathway pathway = new Pathway(p, data.entryDate() == null ? LocalDate.now() : data.entryDate());
        pathway.setSupervisor(staffMember(caller, data.supervisorId()));
        pathway.setCoordinator(data.coordinatorId() == null ? em.getReference(UserAccount.class, caller.userId())
                : staffMember(caller, data.coordinatorId()));
        em.persist(pathway);
        em.flush();
        audit.ok(caller, "PATHWAY_CREATE", "Pathway", pathway.getId(), p.getFullName());
        return pathway.getId();
    }

    /**
     * Corrects the identity and the situation of the participant of a pathway (and the entry date).
     *
     * @param participantVersion the version read with {@link #pathway}: someone else's change in between is refused
     */
    @RolesAllowed(COORDINATOR)
    public void updateParticipant(long pathwayId, NewParticipant data, int participantVersion) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "PARTICIPANT_UPDATE");
        Participant p = pw.getParticipant();
        Persist.sameVersion(p.getVersion(), participantVersion);
        p.setName(data.firstName(), data.lastName());
        apply(p, data);
        if (data.entryDate() != null) {
            pw.setEntryDate(data.entryDate());
        }
        audit.ok(caller, "PARTICIPANT_UPDATE", "Participant", p.getId(), null);
    }

    private static void apply(Participant p, NewParticipant data) {
        p.setBirthDate(data.birthDate());
        p.setEmail(blankToNull(data.email()));
        p.setPhone(blankToNull(data.phone()));
        p.setAddress(blankToNull(data.address()));
        p.setPostalCode(blankToNull(data.postalCode()));
        p.setCity(blankToNull(data.city()));
        p.setEducationLevel(data.educationLevel());
        p.setFranceTravailId(blankToNull(data.franceTravailId()));
        p.setPassIae(blankToNull(data.passIaeNumber()), data.passIaeStart(), data.passIaeEnd());
        p.setPrescriber(data.prescriberKind(), blankToNull(data.prescriberName()));
        p.setCriteria(data.criteria());
        p.setRqth(data.rqth());
    }

    /** Opens a new pathway (a new stay) for a participant whose previous pathways are all closed. */
    @RolesAllowed(COORDINATOR)
    public long reopenPathway(long previousPathwayId, LocalDate entryDate) {
        return reopenPathway(previousPathwayId, entryDate, null, null);
    }

    /**
     * Opens a new stay. Within 2 years of the end of the previous stay it continues the same parcours (its 24 months
     * count across stays, R5132-1-2), unless a prescriber decided a new parcours (R5132-1-4): then give the
     * prescriber and the date of the decision.
     */
    @RolesAllowed(COORDINATOR)
    public long reopenPathway(long previousPathwayId, LocalDate entryDate, String newParcoursPrescriber,
                              LocalDate newParcoursDecidedOn) {
        Caller caller = currentCaller.get();
        Pathway previous = queries.pathway(caller, previousPathwayId, "PATHWAY_REOPEN");
        if (queries.activePathways(previous.getParticipant()) > 0) {
            throw new DomainException("pathway.pathway.activeExists");
        }
        Pathway pathway = new Pathway(previous.getParticipant(), entryDate);
        if (newParcoursPrescriber != null || newParcoursDecidedOn != null) {
            pathway.decideNewParcours(newParcoursPrescriber, newParcoursDecidedOn);
        }
        pathway.setSupervisor(previous.getSupervisor());
        pathway.setCoordinator(previous.getCoordinator());
        em.persist(pathway);
        em.flush();
        return pathway.getId();
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public PathwayDetail pathway(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "PATHWAY_READ");
        Participant p = pw.getParticipant();
        boolean sensitive = caller.is(Role.COORDINATOR);
        Set<EligibilityCriterion> criteria = p.getCriteria(); // a copy: filtering it leaves the entity alone
        if (!sensitive) {
            criteria.removeIf(EligibilityCriterion::isSensitive);
        } else if (p.isRqth() || criteria.stream().anyMatch(EligibilityCriterion::isSensitive)) {
            // issue 14: every read of RQTH or of health and justice criteria is in the trail
            audit.ok(caller, "SENSITIVE_READ", "Pathway", pathwayId, "RQTH et critères santé / justice");
        }
        return new PathwayDetail(pw.getId(), p.getId(), p.getFirstName(), p.getLastName(), p.getBirthDate(),
                p.getEmail(), p.getPhone(), p.getAddress(), p.getPostalCode(), p.getCity(), p.getEducationLevel(),
                p.getFranceTravailId(), p.getPassIaeNumber(), p.getPassIaeStart(), p.getPassIaeEnd(),
                p.getPrescriberKind(), p.getPrescriberName(), criteria, sensitive ? p.isRqth() : null,
                pw.getEntryDate(), pw.getStatus(),
                pw.getSupervisor() == null ? null : pw.getSupervisor().getDisplayName(),
                pw.getCoordinator() == null ? null : pw.getCoordinator().getDisplayName(), sensitive, p.getVersion());
    }

    /**
     * Links the participant of a pathway to their login (an account of role PARTICIPANT of the same structure), so that
     * the participant space shows them their own progress.
     */
    @RolesAllowed(COORDINATOR)
    public void linkParticipantAccount(long pathwayId, long userAccountId) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "PARTICIPANT_LINK");
        UserAccount u = em.find(UserAccount.class, userAccountId);
        if (u == null || u.getRole() != Role.PARTICIPANT || u.getStructure() == null
                || !u.getStructure().getId().equals(caller.structure())) {
            throw new DomainException("pathway.participant.accountNotParticipant");
        }
        if (queries.accountLinkedElsewhere(u.getId(), pw.getParticipant())) {
            throw new DomainException("pathway.participant.accountTaken");
        }
        pw.getParticipant().setUserAccount(u);
        audit.ok(caller, "PARTICIPANT_LINK", "Participant", pw.getParticipant().getId(), u.getLogin());
    }

    /** Changes the supervisor (team leader) and the coordinator (CIP) following the pathway. */
    @RolesAllowed(COORDINATOR)
    public void assignStaff(long pathwayId, Long supervisorId, Long coordinatorId) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "PATHWAY_ASSIGN");
        pw.setSupervisor(staffMember(caller, supervisorId));
        pw.setCoordinator(staffMember(caller, coordinatorId));
    }

    /** Staff accounts of the structure (supervisors and coordinators) to choose from. */
    @RolesAllowed(COORDINATOR)
    public List<StaffMember> staff() {
        Caller caller = currentCaller.get();
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$StaffMember(u.id, u.displayName)"
                        + " from UserAccount u where u.structure.id = :s and u.enabled = true"
                        + " and u.role in (fr.sillon.domain.access.Role.SUPERVISOR, fr.sillon.domain.access.Role.COORDINATOR)"
                        + " order by u.displayName", StaffMember.class)
                .setParameter("s", caller.structure()).getResultList();
    }

    /** A supervisor or coordinator account of the caller's structure (null stays null). */
    private UserAccount staffMember(Caller caller, Long userId) {
        if (userId == null) {
            return null;
        }
        UserAccount u = em.find(UserAccount.class, userId);
        if (u == null || u.getStructure() == null || !u.getStructure().getId().equals(caller.structure())
                || !(u.getRole() == Role.SUPERVISOR || u.getRole() == Role.COORDINATOR)) {
            throw new DomainException("pathway.user.notStaff");
        }
        return u;
    }
}
