package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.domain.pathway.EligibilityCriterion.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.AfterExitFollowUp;
import fr.sillon.domain.funding.FseRules;
import fr.sillon.domain.funding.FteRules;
import fr.sillon.domain.funding.MonthlyHours;
import fr.sillon.domain.funding.RsaRules;
import fr.sillon.domain.pathway.ContractHours;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.Periods;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nominative files funders ask for, as CSVs a person copies into their extranet: the ASP's fiches salarié and
 * monthly state, the FSE+ participants' file (Ma Démarche FSE+), the RSA follow-up for the Département. Each is
 * audited before it is handed over, states its period and method, and holds health and justice columns (RQTH,
 * handicap, sortant de détention) only when the coordinator confirms the form requires them.
 */
@Stateless
public class ParticipantExports {
    static final String NOT_EXPORTED = "non exporté";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    AuditService audit;

    private Map<Long, MonthlyHours> hoursOf(long s, YearMonth m) {
        Map<Long, MonthlyHours> out = new HashMap<>();
        em.createQuery("select h from MonthlyHours h where h.structureId = :s and h.monthStart = :m", MonthlyHours.class)
                .setParameter("s", s).setParameter("m", m.atDay(1)).getResultList().forEach(h -> out.put(h.getPathwayId(), h));
        return out;
    }

    private byte[] deliver(Caller caller, String action, CsvOut csv, String detail) {
        if (csv.size() == 0) {
            throw new DomainException("funding.empty");
        }
        byte[] bytes = csv.bytes();
        audit.ok(caller, action, "Structure", caller.structureId(), detail + " · " + csv.size() + " ligne(s)");
        return bytes;
    }

    /** The ASP's monthly individual state of {@code month}: hours, FTE share, exit and its reason, RSA flag. */
    @RolesAllowed(COORDINATOR)
    public byte[] aspMonthlyCsv(YearMonth month) {
        Caller caller = currentCaller.get();
        if (month == null) {
            throw new DomainException("funding.hours.month");
        }
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        List<FundingPerson> people = queries.fundingPeople(s, month.atDay(1), month.atEndOfMonth());
        var criteria = queries.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        Map<Long, MonthlyHours> hours = hoursOf(s, month);
        int basis = FundingSettings.hoursPerFte();
        CsvOut csv = new CsvOut("État mensuel individuel — " + st.getName(), "Mois : " + month,
                "heures travaillées saisies ou importées ; part d'ETP = heures × 12 / " + basis + " ; vide si aucune"
                        + " heure n'est enregistrée", List.of("Nom", "Prénom", "Numéro PASS IAE", "Annexe financière",
                "Mois", "Heures travaillées", "Part d'ETP", "Date de sortie", "Motif de sortie (code ASP)",
                "Catégorie de sortie", "Bénéficiaire du RSA"));
        for (FundingPerson p : people) {
            MonthlyHours h = hours.get(p.pathwayId());
            boolean exitThisMonth = p.exitDate() != null && YearMonth.from(p.exitDate()).equals(month);
            csv.row(p.lastName(), p.firstName(), p.passIaeNumber(), st.getAnnexeFinanciere(), month.toString(),
                    h == null ? null : h.getWorkedHours(), h == null ? null : FteRules.fte(h.getWorkedHours(), 1, basis),
                    exitThisMonth ? p.exitDate() : null, exitThisMonth ? p.exitMotive().aspCode() : null,
                    exitThisMonth ? p.exitMotive().category().label() : null,
                    criteria.getOrDefault(p.participantId(), Set.of()).contains(RSA));
        }
        return deliver(caller, "FUNDING_ASP_MONTHLY_CSV", csv, "mois " + month);
    }

    /** The fields of the ASP's fiche salarié Sillon holds, for the people under contract in {@code year}. */
    @RolesAllowed(COORDINATOR)
    public byte[] fichesSalarieCsv(int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        List<FundingPerson> people = queries.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var criteria = queries.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        CsvOut csv = new CsvOut("Fiches salarié (champs tenus par Sillon) — " + st.getName(), "Année " + year,
                "critères du diagnostic d'éligibilité enregistrés ; OUI / NON ; vide si non renseigné"
                        + (sensitive ? " ; RQTH et sortie de détention inclus sur confirmation" : " ; RQTH et sortie de"
                        + " détention non exportés (données de santé et de justice)"),
                List.of("Nom", "Prénom", "Date de naissance", "Numéro PASS IAE", "Début PASS IAE", "Fin PASS IAE",
                        "Annexe financière", "Orienteur (code ASP)", "Niveau de formation (code ASP)", "RSA", "ASS",
                        "AAH", "RQTH", "Sortant ASE", "Parent isolé", "Hébergement", "Réfugié", "Sortant de détention",
                        "Maîtrise du français", "Mobilité", "Date d'entrée"));
        for (FundingPerson p : people) {
            Set<EligibilityCriterion> c = criteria.getOrDefault(p.participantId(), Set.of());
            csv.row(p.lastName(), p.firstName(), p.birthDate(), p.passIaeNumber(), p.passIaeStart(), p.passIaeEnd(),
                    st.getAnnexeFinanciere(), p.prescriberAspCode(),
                    p.educationLevel() == null ? null : p.educationLevel().code(), c.contains(RSA), c.contains(ASS),
                    c.contains(AAH), sensitive ? (Object) (p.rqth() || c.contains(TH)) : NOT_EXPORTED, c.contains(ASE),
                    c.contains(PI), c.contains(PSH_PR), c.contains(REF_DA),
                    sensitive ? (Object) c.contains(DETENTION_MJ) : NOT_EXPORTED, !c.contains(FLE), c.contains(PM),
                    p.entryDate());
        }
        return deliver(caller, "FUNDING_FICHES_SALARIE_CSV", csv, "année " + year
                + (sensitive ? " · santé et justice incluses (confirmé)" : ""));
    }

    /**
     * The printable sheet of one person for the ASP extranet or les emplois de l'inclusion: the fiche salarié fields
     * Sillon holds and the monthly state of {@code year} (hours, FTE share), then the exit. Audited.
     */
    @RolesAllowed(COORDINATOR)
    public byte[] aspSheetPdf(long pathwayId, int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        queries.pathway(caller, pathwayId, "FUNDING_ASP_SHEET_PDF");
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        FundingPerson p = queries.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(x -> x.pathwayId() == pathwayId).findFirst()
                .orElseThrow(() -> new DomainException("funding.hours.notUnderContract"));
        Set<EligibilityCriterion> c = queries.criteriaOf(List.of(p.participantId())).getOrDefault(p.participantId(), Set.of());
        java.util.List<String[]> fields = new java.util.ArrayList<>();
        fields.add(new String[] {"Nom, prénom", p.lastName() + " " + p.firstName()});
        fields.add(new String[] {"Date de naissance", CsvOut.date(p.birthDate())});
        fields.add(new String[] {"PASS IAE", (p.passIaeNumber() == null ? "" : p.passIaeNumber()) + " du "
                + CsvOut.date(p.passIaeStart()) + " au " + CsvOut.date(p.passIaeEnd())});
        fields.add(new String[] {"Annexe financière", st.getAnnexeFinanciere() == null ? "" : st.getAnnexeFinanciere()});
        fields.add(new String[] {"Orienteur (code ASP)", p.prescriberAspCode() == null ? "" : p.prescriberAspCode()});
        fields.add(new String[] {"Niveau de formation (code ASP)", p.educationLevel() == null ? ""
                : p.educationLevel().code() + " — " + p.educationLevel().label()});
        fields.add(new String[] {"Minima sociaux", (c.contains(RSA) ? "RSA " : "") + (c.contains(ASS) ? "ASS " : "")
                + (c.contains(AAH) ? "AAH" : "")});
        fields.add(new String[] {"RQTH", sensitive ? (p.rqth() || c.contains(TH) ? "oui" : "non") : NOT_EXPORTED});
        fields.add(new String[] {"Freins à l'entrée (critères)", String.join(", ", c.stream()
                .filter(x -> x.level() == 2 && (sensitive || !x.isSensitive())).map(EligibilityCriterion::label).toList())});
        fields.add(new String[] {"Date d'entrée", CsvOut.date(p.entryDate())});
        fields.add(new String[] {"Sortie", p.exitDate() == null ? "en parcours" : CsvOut.date(p.exitDate()) + " — motif "
                + p.exitMotive().aspCode() + " (" + p.exitMotive().label() + ", " + p.exitMotive().category().label() + ")"});
        int basis = FundingSettings.hoursPerFte();
        java.util.List<String[]> months = new java.util.ArrayList<>();
        em.createQuery("select h from MonthlyHours h where h.pathwayId = :p and h.monthStart between :f and :t"
                        + " order by h.monthStart", MonthlyHours.class).setParameter("p", pathwayId)
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year, 12, 31)).getResultList()
                .forEach(h -> months.add(new String[] {h.getMonth().toString(), h.getWorkedHours().toPlainString().replace('.', ',')
                        + " h", FteRules.fte(h.getWorkedHours(), 1, basis).toPlainString().replace('.', ',') + " ETP"}));
        byte[] pdf = AspSheetPdf.render(st.getName(), year, fields, months, basis);
        audit.ok(caller, "FUNDING_ASP_SHEET_PDF", "Pathway", pathwayId, "année " + year
                + (sensitive ? " · RQTH et justice incluses (confirmé)" : ""));
        return pdf;
    }

    /** The FSE+ participants' file for Ma Démarche FSE+ (people under contract in {@code year}). */
    @RolesAllowed(COORDINATOR)
    public byte[] fseCsv(int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        List<FundingPerson> people = queries.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var criteria = queries.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        Map<Long, AfterExitFollowUp> after = AfterExitService.recorded(em, s,
                people.stream().map(FundingPerson::pathwayId).toList());
        LocalDate today = LocalDate.now();
        CsvOut csv = new CsvOut("Participants FSE+ — " + st.getName(), "Année " + year,
                "âge et niveau (CITE, depuis le niveau ASP) à l'entrée ; situation sur le marché du travail d'après les"
                        + " critères DELD / DETLD ; sortie à saisir dans les 4 semaines ; situation à 6 mois du suivi après"
                        + " sortie ; complétude = éléments renseignés / éléments dus"
                        + (sensitive ? " ; handicap inclus sur confirmation" : " ; handicap non exporté (santé)"),
                List.of("Nom", "Prénom", "Date d'entrée", "Tranche d'âge", "Niveau CITE", "Chômeur de longue durée",
                        "Handicap", "Parent isolé", "BRSA", "Date de sortie", "Situation à la sortie",
                        "À saisir avant le", "Situation à 6 mois", "Date du contact", "Complétude (%)"));
        for (FundingPerson p : people) {
            Set<EligibilityCriterion> c = criteria.getOrDefault(p.participantId(), Set.of());
            FseRules.AgeBand age = FseRules.ageBand(p.birthDate(), p.entryDate());
            FseRules.Isced isced = FseRules.isced(p.educationLevel());
            AfterExitFollowUp f = after.get(p.pathwayId());
            int complete = FseRules.completeness(Arrays.asList(age, isced), p.exitDate(), p.exitMotive(),
                    f == null ? null : f.getSituation(), today);
            csv.row(p.lastName(), p.firstName(), p.entryDate(), age == null ? null : age.name().toLowerCase(),
                    isced == null ? null : isced.name().replace("ISCED_", "").replace('_', '-'),
                    c.contains(DELD) || c.contains(DETLD), sensitive ? (Object) (p.rqth() || c.contains(TH)) : NOT_EXPORTED,
                    c.contains(PI), c.contains(RSA), p.exitDate(), p.exitMotive() == null ? null : p.exitMotive().label(),
                    p.exitDate() == null ? null : FseRules.exitEntryDeadline(p.exitDate()),
                    f == null ? null : f.getSituation().label(), f == null ? null : f.getContactedOn(), complete);
        }
        return deliver(caller, "FUNDING_FSE_CSV", csv, "année " + year + (sensitive ? " · handicap inclus (confirmé)" : ""));
    }

    /**
     * The RSA follow-up for the Département: per RSA beneficiary and month of {@code year}, hours worked, weekly average
     * against the 15 h of the contrat d'engagement, absences by reason, interviews held.
     */
    @RolesAllowed(COORDINATOR)
    public byte[] rsaCsv(int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<FundingPerson> people = queries.fundingPeople(s, from, to);
        var criteria = queries.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        List<FundingPerson> rsa = people.stream()
                .filter(p -> criteria.getOrDefault(p.participantId(), Set.of()).contains(RSA)).toList();
        Map<Long, List<ContractHours.Span>> spans = queries.contractSpans(s, from, to);
        CsvOut csv = new CsvOut("Suivi des bénéficiaires du RSA — " + st.getName(), "Année " + year,
                "moyenne hebdomadaire = heures travaillées du mois × 7 / jours sous contrat du mois (Sillon ne tient pas"
                        + " les heures semaine par semaine) ; « sous 15 h » quand la moyenne est inférieure aux 15 h du"
                        + " contrat d'engagement ; absences par motif (jamais « injustifiée » par défaut) ; entretiens tenus",
                List.of("Nom", "Prénom", "Mois", "Jours sous contrat", "Heures travaillées", "Moyenne hebdomadaire",
                        "Sous 15 h", "Absence santé", "Absence administratif", "Absence garde d'enfant",
                        "Absence transport", "Absence autre", "Entretiens tenus"));
        YearMonth last = YearMonth.from(to.isAfter(LocalDate.now()) ? LocalDate.now() : to);
        for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            Map<Long, MonthlyHours> hours = hoursOf(s, m);
            Map<Long, Long> interviews = queries.interviewsByPathway(s, m.atDay(1), m.atEndOfMonth());
            for (FundingPerson p : rsa) {
                long days = 0;
                for (ContractHours.Span sp : spans.getOrDefault(p.pathwayId(), List.of())) {
                    days += Periods.overlapDays(sp.start(), sp.plannedEnd(), m.atDay(1), m.atEndOfMonth());
                }
                if (days == 0) {
                    continue;
                }
                MonthlyHours h = hours.get(p.pathwayId());
                BigDecimal avg = h == null ? null : RsaRules.weeklyAverage(h.getWorkedHours(), days);
                Map<AbsenceReason, BigDecimal> a = h == null ? Map.of() : h.absences();
                csv.row(p.lastName(), p.firstName(), m.toString(), days, h == null ? null : h.getWorkedHours(), avg,
                        avg == null ? null : RsaRules.belowEngagement(avg), a.get(AbsenceReason.HEALTH),
                        a.get(AbsenceReason.ADMINISTRATIVE), a.get(AbsenceReason.CHILDCARE), a.get(AbsenceReason.TRANSPORT),
                        a.get(AbsenceReason.OTHER), interviews.getOrDefault(p.pathwayId(), 0L));
            }
        }
        return deliver(caller, "FUNDING_RSA_CSV", csv, "année " + year);
    }
}
