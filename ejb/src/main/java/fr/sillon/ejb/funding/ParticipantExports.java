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
import fr.sillon.ejb.pathway.FundingPathwayQueries;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.FundingPathwayQueries.FundingPerson;
import fr.sillon.ejb.funding.FundingViews.TrainingRow;
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
    FundingPathwayQueries periods;
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

    private Map<Long, List<TrainingRow>> trainingsByPathway(long s, int year) {
        Map<Long, List<TrainingRow>> out = new HashMap<>();
        TrainingAspService.rows(em, periods, s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(t -> out.computeIfAbsent(t.pathwayId(), k -> new java.util.ArrayList<>()).add(t));
        return out;
    }

    /** A training as the fiche salarié shows it: title, dates, hours, ASP objective and type (« à renseigner »). */
    static String training(TrainingRow t) {
        return t.title() + " (" + (t.start() == null ? "" : "du " + CsvOut.date(t.start()))
                + (t.end() == null ? "" : " au " + CsvOut.date(t.end()))
                + (t.hours() == null ? "" : ", " + t.hours().stripTrailingZeros().toPlainString().replace('.', ',') + " h")
                + ") : objectif " + (t.objective() == null ? "à renseigner" : t.objective().label())
                + ", type " + (t.type() == null ? "à renseigner" : t.type().label());
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
        List<FundingPerson> people = periods.fundingPeople(s, month.atDay(1), month.atEndOfMonth());
        var criteria = periods.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
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
        List<FundingPerson> people = periods.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var criteria = periods.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        CsvOut csv = new CsvOut("Fiches salarié (champs tenus par Sillon) — " + st.getName(), "Année " + year,
                "critères du diagnostic d'éligibilité enregistrés ; OUI / NON ; vide si non renseigné ; formations de"
                        + " l'année avec l'objectif et le type ASP choisis (libellés Sillon, codes ASP non vérifiés : aucun code"
                        + " exporté)"
                        + (sensitive ? " ; RQTH et sortie de détention inclus sur confirmation" : " ; RQTH et sortie de"
                        + " détention non exportés (données de santé et de justice)"),
                List.of("Nom", "Prénom", "Date de naissance", "Numéro PASS IAE", "Début PASS IAE", "Fin PASS IAE",
                        "Annexe financière", "Orienteur (code ASP)", "Niveau de formation (code ASP)", "RSA", "ASS",
                        "AAH", "RQTH", "Sortant ASE", "Parent isolé", "Hébergement", "Réfugié", "Sortant de détention",
                        "Maîtrise du français", "Mobilité", "Date d'entrée", "Formations (objectif et type ASP)"));
        Map<Long, List<TrainingRow>> trainings = trainingsByPathway(s, year);
        for (FundingPerson p : people) {
            Set<EligibilityCriterion> c = criteria.getOrDefault(p.participantId(), Set.of());
            csv.row(p.lastName(), p.firstName(), p.birthDate(), p.passIaeNumber(), p.passIaeStart(), p.passIaeEnd(),
                    st.getAnnexeFinanciere(), p.prescriberAspCode(),
                    p.educationLevel() == null ? null : p.educationLevel().code(), c.contains(RSA), c.contains(ASS),
                    c.contains(AAH), sensitive ? (Object) (p.rqth() || c.contains(TH)) : NOT_EXPORTED, c.contains(ASE),
                    c.contains(PI), c.contains(PSH_PR), c.contains(REF_DA),
                    sensitive ? (Object) c.contains(DETENTION_MJ) : NOT_EXPORTED, !c.contains(FLE), c.contains(PM),
                    p.entryDate(), String.join(" | ", trainings.getOrDefault(p.pathwayId(), List.of()).stream()
                            .map(ParticipantExports::training).toList()));
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
        FundingPerson p = periods.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(x -> x.pathwayId() == pathwayId).findFirst()
                .orElseThrow(() -> new DomainException("funding.hours.notUnderContract"));
        Set<EligibilityCriterion> c = periods.criteriaOf(List.of(p.participantId())).getOrDefault(p.participantId(), Set.of());
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
        List<String> trainings = trainingsByPathway(s, year).getOrDefault(pathwayId, List.of()).stream()
                .map(ParticipantExports::training).toList();
        byte[] pdf = AspSheetPdf.render(st.getName(), year, fields, months, trainings, basis);
        audit.ok(caller, "FUNDING_ASP_SHEET_PDF", "Pathway", pathwayId, "année " + year
                + (sensitive ? " · RQTH et justice incluses (confirmé)" : ""));
        return pdf;
    }

    /**
     * The FSE+ participants' file for Ma Démarche FSE+ (people under contract in {@code year}): the entry questionnaire,
     * the exit situation and its entry delay, the situation at 6 months, the items missing and the completeness, all
     * by {@link FseRules} (through {@link FseService}'s grid).
     */
    @RolesAllowed(COORDINATOR)
    public byte[] fseCsv(int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        List<FundingPerson> people = periods.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var criteria = periods.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        Map<Long, Long> participantOf = new HashMap<>();
        people.forEach(p -> participantOf.put(p.pathwayId(), p.participantId()));
        CsvOut csv = new CsvOut("Participants FSE+ — " + st.getName(), "Année " + year,
                "questionnaire d'entrée (situation sur le marché du travail, ménage, handicap) ; âge et niveau (CITE, depuis"
                        + " le niveau ASP) à l'entrée ; chômeur de longue durée d'après le questionnaire, à défaut les critères"
                        + " DELD / DETLD ; situation à la sortie à saisir dans les 4 semaines (délai de saisie en jours) ;"
                        + " situation à 6 mois du suivi après sortie ; complétude = éléments renseignés / éléments dus"
                        + (sensitive ? " ; handicap inclus sur confirmation" : " ; handicap non exporté (santé)"),
                List.of("Nom", "Prénom", "Date d'entrée", "Tranche d'âge", "Niveau CITE",
                        "Situation sur le marché du travail", "Chômeur de longue durée", "Situation du ménage",
                        "Handicap", "Parent isolé", "BRSA", "Date de sortie", "Situation à la sortie",
                        "À saisir avant le", "Délai de saisie (jours)", "Saisie hors délai", "Situation à 6 mois",
                        "Date du contact", "Éléments manquants", "Complétude (%)"));
        for (FundingViews.FseRow r : FseService.rows(em, periods, s, year, LocalDate.now())) {
            Set<EligibilityCriterion> c = criteria.getOrDefault(participantOf.get(r.pathwayId()), Set.of());
            FundingPerson p = people.stream().filter(x -> x.pathwayId() == r.pathwayId()).findFirst().orElseThrow();
            csv.row(p.lastName(), p.firstName(), r.entryDate(), fr.sillon.domain.Labels.of(r.age()),
                    r.isced() == null ? null : r.isced().name().replace("ISCED_", "").replace('_', '-'),
                    r.labour() == null ? null : r.labour().label(),
                    FseRules.longTermUnemployed(r.labour(), c.contains(DELD) || c.contains(DETLD)),
                    r.household() == null ? null : r.household().label(),
                    sensitive ? (r.disability() == null ? null : r.disability().label()) : NOT_EXPORTED,
                    FseRules.singleParent(r.household(), c.contains(PI)), c.contains(RSA), r.exitDate(),
                    r.exitSituation() == null ? null : r.exitSituation().label(), r.exitDeadline(),
                    FseRules.exitEntryDelay(r.exitDate(), r.exitRecordedOn()), r.exitDate() == null ? null : r.exitLate(),
                    r.sixMonths() == null ? null : r.sixMonths().label(), r.sixMonthsContactedOn(),
                    String.join(", ", r.missing().stream().map(fr.sillon.domain.funding.FseItem::label).toList()),
                    r.completeness());
        }
        return deliver(caller, "FUNDING_FSE_CSV", csv, "année " + year + (sensitive ? " · handicap inclus (confirmé)" : ""));
    }

    /**
     * The RSA follow-up for the Département: per RSA beneficiary and month of {@code year}, hours worked, weekly average
     * against the 15 h of the contrat d'engagement, absences by reason (santé only on confirmation), appointments
     * proposed and attended, interviews held.
     */
    @RolesAllowed(COORDINATOR)
    public byte[] rsaCsv(int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        Structure st = em.find(Structure.class, s);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<FundingPerson> people = periods.fundingPeople(s, from, to);
        var criteria = periods.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        List<FundingPerson> rsa = people.stream()
                .filter(p -> criteria.getOrDefault(p.participantId(), Set.of()).contains(RSA)).toList();
        Map<Long, List<FundingViews.RsaMonth>> months = RsaMonths.of(em, periods.contractSpans(s, from, to), s,
                rsa.stream().map(FundingPerson::pathwayId).toList(), year);
        CsvOut csv = new CsvOut("Suivi des bénéficiaires du RSA — " + st.getName(), "Année " + year,
                "moyenne hebdomadaire = heures travaillées du mois × 7 / jours sous contrat du mois (Sillon ne tient pas"
                        + " les heures semaine par semaine) ; « sous 15 h » quand la moyenne est inférieure aux 15 h du"
                        + " contrat d'engagement ; absences par motif (jamais « injustifiée » par défaut"
                        + (sensitive ? ", santé incluse sur confirmation" : ", santé non exportée") + ") ; rendez-vous"
                        + " proposés = tous sauf les annulés, honorés = ceux que la personne a tenus ; entretiens tenus",
                List.of("Nom", "Prénom", "Mois", "Jours sous contrat", "Heures travaillées", "Moyenne hebdomadaire",
                        "Sous 15 h", "Absence santé", "Absence administratif", "Absence garde d'enfant",
                        "Absence transport", "Absence autre", "Rendez-vous proposés", "Rendez-vous honorés",
                        "Entretiens tenus"));
        Map<java.time.YearMonth, Map<Long, Long>> interviews = new HashMap<>();
        for (FundingPerson p : rsa) {
            for (FundingViews.RsaMonth m : months.getOrDefault(p.pathwayId(), List.of())) {
                Map<AbsenceReason, BigDecimal> a = m.absences();
                long held = interviews.computeIfAbsent(m.month(), k -> periods.interviewsByPathway(s, k.atDay(1),
                        k.atEndOfMonth())).getOrDefault(p.pathwayId(), 0L);
                csv.row(p.lastName(), p.firstName(), m.month().toString(), m.daysUnderContract(), m.workedHours(),
                        m.weeklyAverage(), m.belowEngagement(),
                        sensitive ? a.get(AbsenceReason.HEALTH) : NOT_EXPORTED,
                        a.get(AbsenceReason.ADMINISTRATIVE), a.get(AbsenceReason.CHILDCARE), a.get(AbsenceReason.TRANSPORT),
                        a.get(AbsenceReason.OTHER), m.appointmentsProposed(), m.appointmentsAttended(), held);
            }
        }
        return deliver(caller, "FUNDING_RSA_CSV", csv, "année " + year + (sensitive ? " · santé incluse (confirmé)" : ""));
    }
}
