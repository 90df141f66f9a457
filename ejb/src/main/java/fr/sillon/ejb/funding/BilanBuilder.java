package fr.sillon.ejb.funding;

import static fr.sillon.domain.funding.SmallCells.count;

import fr.sillon.domain.funding.AfterExitFollowUp;
import fr.sillon.domain.funding.AfterExitRules;
import fr.sillon.domain.funding.AfterExitSituation;
import fr.sillon.domain.funding.AspBarrierType;
import fr.sillon.domain.funding.BilanExits;
import fr.sillon.domain.funding.FteRules;
import fr.sillon.domain.funding.PublicBands;
import fr.sillon.domain.funding.SmallCells;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.ContractHours;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.ImmersionOutcome;
import fr.sillon.ejb.funding.FundingViews.Line;
import fr.sillon.ejb.funding.FundingViews.Section;
import fr.sillon.ejb.pathway.PathwayQueries.FundingBarrier;
import fr.sillon.ejb.pathway.PathwayQueries.FundingExit;
import fr.sillon.ejb.pathway.PathwayQueries.FundingImmersion;
import fr.sillon.ejb.pathway.PathwayQueries.FundingPerson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the blocks of the bilan from the facts of the year (no database access here). */
final class BilanBuilder {
    static final String FTE = "1. Équivalents temps plein";
    static final String PUBLICS = "2. Publics à l'entrée";
    static final String BARRIERS = "3. Freins à l'entrée et leur évolution";
    static final String SUPPORT = "4. Entretiens et accompagnement";
    static final String PMSMP = "5. Immersions (PMSMP)";
    static final String EXITS = "6. Sorties";
    static final String AFTER = "7. Situation à 6 mois";
    static final String METHOD = "8. Méthode générale";

    /** Non-sensitive criteria shown in every bilan; TH and DETENTION_MJ only when confirmed. */
    static final List<EligibilityCriterion> CRITERIA = List.of(EligibilityCriterion.RSA, EligibilityCriterion.ASS,
            EligibilityCriterion.AAH, EligibilityCriterion.DETLD, EligibilityCriterion.DELD, EligibilityCriterion.JEUNE,
            EligibilityCriterion.SENIOR, EligibilityCriterion.CAP_BEP, EligibilityCriterion.PI, EligibilityCriterion.ASE,
            EligibilityCriterion.PSH_PR, EligibilityCriterion.REF_DA, EligibilityCriterion.QPV, EligibilityCriterion.ZRR,
            EligibilityCriterion.FLE, EligibilityCriterion.PM, EligibilityCriterion.TH, EligibilityCriterion.DETENTION_MJ);

    private BilanBuilder() {
    }

    static Section fte(FteRules.Year y) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("ETP conventionnés (annexe financière)", y.agreed() == null ? "objectif non paramétré" : dec(y.agreed())));
        l.add(new Line("ETP consommés (heures travaillées)", dec(y.total().consumed())));
        l.add(new Line("Écart (consommés − conventionnés)", y.total().gap() == null ? "" : dec(y.total().gap())));
        l.add(new Line("ETP des contrats (contrôle)", dec(y.total().contractCheck())));
        l.add(new Line("Heures travaillées", dec(y.total().workedHours())));
        l.add(new Line("Heures d'absence", dec(y.total().absenceHours())));
        return new Section(FTE, l, "ETP = heures travaillées saisies ou importées (paie, feuilles de temps) × 12 / ("
                + y.hoursPerFte() + " h × nombre de mois) ; l'année : heures / " + y.hoursPerFte() + " h. Le chiffre des"
                + " contrats (heures hebdomadaires × jours sous contrat / 7, renouvellements comptés une fois) est un"
                + " contrôle : le chiffre de l'ASP fait foi. Les effectifs ne sont pas soumis à la règle des moins de 5"
                + " (ce sont des heures, pas des personnes).");
    }

    static Section publics(List<FundingPerson> people, Map<Long, Set<EligibilityCriterion>> criteria, LocalDate from,
                           LocalDate to, boolean sensitive) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("Personnes salariées en CDDI sur l'année", count(people.size())));
        l.add(new Line("dont entrées dans l'année", count(people.stream()
                .filter(p -> !p.entryDate().isBefore(from) && !p.entryDate().isAfter(to)).count())));
        l.add(new Line("Sexe", "non renseigné dans Sillon"));
        for (PublicBands.Age a : PublicBands.Age.values()) {
            l.add(new Line("Âge à l'entrée : " + ageLabel(a), count(people.stream()
                    .filter(p -> PublicBands.age(p.birthDate(), p.entryDate()) == a).count())));
        }
        for (PublicBands.Education e : PublicBands.Education.values()) {
            l.add(new Line("Niveau de formation : " + educationLabel(e), count(people.stream()
                    .filter(p -> PublicBands.education(p.educationLevel()) == e).count())));
        }
        for (EligibilityCriterion c : CRITERIA) {
            if (c.isSensitive() && !sensitive) {
                continue;
            }
            l.add(new Line("Critère d'éligibilité : " + c.label(), count(people.stream()
                    .filter(p -> criteria.getOrDefault(p.participantId(), Set.of()).contains(c)).count())));
        }
        return new Section(PUBLICS, l, "Personnes ayant eu au moins un jour de CDDI dans l'année (sans sortie avant le"
                + " 1er janvier). Âge à la date d'entrée dans le parcours. Critères du diagnostic d'éligibilité enregistrés"
                + " (une personne peut en avoir plusieurs) ; durée d'inscription à France Travail : critères DELD (12 à"
                + " 24 mois) et DETLD (24 mois et plus). Toute case de moins de 5 personnes est affichée « < 5 »."
                + (sensitive ? " Critères de santé et de justice inclus sur confirmation du coordinateur."
                : " Les critères de santé (TH) et de justice ne figurent pas."));
    }

    static Section barriers(List<FundingBarrier> barriers, boolean sensitive) {
        List<Line> l = new ArrayList<>();
        for (AspBarrierType t : AspBarrierType.values()) {
            if (t.isSensitive() && !sensitive) {
                continue;
            }
            Predicate<FundingBarrier> atEntry = b -> AspBarrierType.of(b.category()) == t
                    && PublicBands.atEntry(b.identifiedOn(), b.entryDate());
            Set<Long> concerned = people(barriers, atEntry);
            Set<Long> stillThere = people(barriers, atEntry.and(b -> b.status() != BarrierStatus.LEVE));
            long lifted = concerned.stream().filter(p -> !stillThere.contains(p)).count();
            Set<Long> stable = stillThere;
            l.add(new Line(t.label() + " : personnes concernées", count(concerned.size())));
            l.add(new Line(t.label() + " : levé", count(lifted)));
            l.add(new Line(t.label() + " : stable", count(stable.size())));
        }
        l.add(new Line("Freins aggravés", "non mesuré"));
        return new Section(BARRIERS, l, "Freins identifiés au plus tard un mois après l'entrée, regroupés selon les 8"
                + " types de l'ASP. Une personne compte une fois par type ; « levé » quand tous ses freins de ce type"
                + " sont levés à la date du bilan, « stable » sinon. Sillon n'enregistre pas la gravité d'un frein :"
                + " « aggravé » n'est pas mesuré." + (sensitive ? " Santé et justice incluses sur confirmation."
                : " Les freins de santé et de justice ne figurent pas."));
    }

    private static Set<Long> people(Collection<FundingBarrier> barriers, Predicate<FundingBarrier> p) {
        Set<Long> out = new HashSet<>();
        barriers.stream().filter(p).forEach(b -> out.add(b.pathwayId()));
        return out;
    }

    static Section support(long[] interviews, long peopleEmployed) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("Entretiens tenus dans l'année", Long.toString(interviews[0])));
        l.add(new Line("Personnes ayant eu au moins un entretien", count(interviews[1])));
        l.add(new Line("Personnes salariées sur l'année", count(peopleEmployed)));
        return new Section(SUPPORT, l, "Entretiens (accueil, suivi, bilans) datés dans l'année ; le nombre d'entretiens"
                + " n'est pas un effectif de personnes et n'est pas masqué.");
    }

    static Section pmsmp(List<FundingImmersion> immersions, LocalDate from, LocalDate to) {
        long days = immersions.stream().mapToLong(i -> ChronoUnit.DAYS.between(
                i.start().isBefore(from) ? from : i.start(), i.end().isAfter(to) ? to : i.end()) + 1).sum();
        long hosts = immersions.stream().map(i -> i.hostName().strip().toLowerCase()).distinct().count();
        long people = immersions.stream().map(FundingImmersion::pathwayId).distinct().count();
        long hires = immersions.stream().filter(i -> i.outcome() == ImmersionOutcome.HIRING_PROPOSED).count();
        List<Line> l = new ArrayList<>();
        l.add(new Line("Immersions (PMSMP)", Long.toString(immersions.size())));
        l.add(new Line("Personnes en immersion", count(people)));
        l.add(new Line("Jours calendaires d'immersion", Long.toString(days)));
        l.add(new Line("Entreprises d'accueil", Long.toString(hosts)));
        l.add(new Line("Propositions d'embauche par l'entreprise d'accueil", count(hires)));
        return new Section(PMSMP, l, "Immersions dont une partie tombe dans l'année ; jours calendaires de l'année"
                + " (date à date) ; entreprises distinctes par leur nom. « Embauche » : issue « proposition d'embauche »"
                + " enregistrée (l'embauche effective n'est pas suivie par Sillon).");
    }

    static Section exits(List<FundingExit> exits, long undocumented) {
        BilanExits b = BilanExits.of(exits.stream().map(e -> new BilanExits.Exit(e.category(), e.countedInRates())).toList());
        List<Line> l = new ArrayList<>();
        for (ExitCategory c : ExitCategory.values()) {
            l.add(new Line("Sorties : " + c.label(), count(b.byCategory().get(c))));
        }
        l.add(new Line("Sorties comptabilisées (hors retraits)", count(b.counted())));
        l.add(new Line("Sorties dynamiques", count(b.dynamic())));
        l.add(new Line("Taux de sorties dynamiques", b.dynamicRate()));
        l.add(new Line("Sorties après moins de 3 mois travaillés (hors taux)", count(b.shortStays())));
        l.add(new Line("Sorties non documentées", count(undocumented)));
        return new Section(EXITS, l, "Sorties datées dans l'année, par catégorie ASP du motif de sortie. Une sortie compte"
                + " après au moins 3 mois travaillés (jours sous contrat moins jours suspendus, date à date) ; les plus"
                + " courtes sont à part. Taux de sorties dynamiques = (emploi durable + emploi de transition + sorties"
                + " positives) / sorties comptabilisées (retraits exclus) ; non calculé sous 5 sorties. « Non"
                + " documentées » : personnes dont le dernier contrat a pris fin dans l'année sans sortie enregistrée.");
    }

    static Section afterExit(List<FundingExit> exits, Map<Long, AfterExitFollowUp> recorded) {
        List<FundingExit> due = exits.stream().filter(e -> e.category().isCounted()).toList();
        List<Line> l = new ArrayList<>();
        l.add(new Line("Personnes sorties à suivre à 6 mois", count(due.size())));
        l.add(new Line("En emploi", count(due.stream().filter(e -> situation(recorded, e) != null
                && situation(recorded, e).isEmployment()).count())));
        for (AfterExitSituation s : List.of(AfterExitSituation.OTHER_SIAE, AfterExitSituation.TRAINING,
                AfterExitSituation.JOB_SEEKING, AfterExitSituation.INACTIVE, AfterExitSituation.UNREACHABLE)) {
            l.add(new Line(s.label(), count(due.stream().filter(e -> situation(recorded, e) == s).count())));
        }
        l.add(new Line("Non relevée", count(due.stream().filter(e -> situation(recorded, e) == null).count())));
        return new Section(AFTER, l, "Personnes dont la date des 6 mois après la sortie (date à date) tombe dans l'année,"
                + " retraits exclus. « Injoignable » : recherchée sans succès ; « non relevée » : rien d'enregistré.");
    }

    private static AfterExitSituation situation(Map<Long, AfterExitFollowUp> recorded, FundingExit e) {
        AfterExitFollowUp f = recorded.get(e.pathwayId());
        return f == null ? null : f.getSituation();
    }

    /** People whose contracts all ended within [from, min(to, today)) with no exit recorded. */
    static long undocumented(List<FundingPerson> people, Map<Long, List<ContractHours.Span>> spans, LocalDate from,
                             LocalDate until) {
        return people.stream().filter(p -> p.exitDate() == null).filter(p -> {
            LocalDate last = spans.getOrDefault(p.pathwayId(), List.of()).stream().map(ContractHours.Span::plannedEnd)
                    .max(LocalDate::compareTo).orElse(null);
            return last != null && !last.isBefore(from) && last.isBefore(until);
        }).count();
    }

    static Section method(int hoursPerFte) {
        return new Section(METHOD, List.of(new Line("Base d'un ETP", hoursPerFte + " h par an"),
                new Line("Règle des petits effectifs", "moins de " + SmallCells.THRESHOLD + " personnes : « < 5 »")),
                "Document de travail — les saisies officielles (ASP, emplois de l'inclusion, Immersion Facilitée,"
                        + " Ma Démarche FSE+) font foi. Document non nominatif : aucune case ne désigne une personne ;"
                        + " une case de moins de 5 personnes (0 compris) est affichée « < 5 », un taux sur moins de 5"
                        + " personnes n'est pas calculé. Les catégories de sortie suivent la table des motifs de l'ASP"
                        + " telle que Sillon la reconstitue (la table officielle n'a pas été trouvée).");
    }

    static String dec(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    static String ageLabel(PublicBands.Age a) {
        return switch (a) {
            case UNDER_26 -> "moins de 26 ans";
            case FROM_26_TO_49 -> "26 à 49 ans";
            case FROM_50 -> "50 ans et plus";
            case UNKNOWN -> "non renseigné";
        };
    }

    static String educationLabel(PublicBands.Education e) {
        return switch (e) {
            case CAP_BEP_OR_BELOW -> "CAP-BEP ou infra";
            case ABOVE_CAP_BEP -> "au-delà du CAP-BEP";
            case UNKNOWN -> "non renseigné";
        };
    }
}
