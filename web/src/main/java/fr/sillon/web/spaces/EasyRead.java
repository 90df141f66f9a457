package fr.sillon.web.spaces;

import fr.sillon.ejb.spaces.SpacesViews.RecentObservation;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * « Facile à lire et à comprendre » (issue 15): the participant's recent work grouped by day then by task (one block
 * per task of a day, with the supervisor's words), and a pictogram for each kind of task.
 */
public final class EasyRead {
    private EasyRead() {
    }

    /** One task of one day: what was observed, and the notes the supervisor wrote. */
    public record TaskOfDay(String taskName, String picto, int observations, List<String> notes, String observer)
            implements Serializable {
    }

    public record Day(LocalDate date, List<TaskOfDay> tasks) implements Serializable {
    }

    /** The observations (newest first) as days (newest first), each with its tasks in the order they come. */
    public static List<Day> days(List<RecentObservation> recent) {
        Map<LocalDate, Map<String, List<RecentObservation>>> byDay = new LinkedHashMap<>();
        for (RecentObservation o : recent) {
            byDay.computeIfAbsent(o.date(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(o.taskName() == null ? "" : o.taskName(), t -> new ArrayList<>()).add(o);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, tasks) -> {
            List<TaskOfDay> list = new ArrayList<>();
            tasks.forEach((name, obs) -> list.add(new TaskOfDay(name.isEmpty() ? null : name, picto(name), obs.size(),
                    obs.stream().map(RecentObservation::note).filter(n -> n != null && !n.isBlank()).distinct().toList(),
                    obs.stream().map(RecentObservation::observerName).filter(n -> n != null).findFirst().orElse(null))));
            days.add(new Day(date, list));
        });
        return days;
    }

    /** The pictogram file (under resources/picto) of a kind of task, found from the words of its name. */
    public static String picto(String taskName) {
        String n = taskName == null ? "" : Normalizer.normalize(taskName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH);
        if (n.matches(".*(serre).*")) {
            return "task-greenhouse";
        }
        if (n.matches(".*(semis|plant|repiqu|tuteur).*")) {
            return "task-plant";
        }
        if (n.matches(".*(recolte|panier|lavage|conditionn).*")) {
            return "task-harvest";
        }
        if (n.matches(".*(commande|livraison|pesee|saisie|inventaire|chargement).*")) {
            return "task-order";
        }
        if (n.matches(".*(desherb|binage|paillage|tonte|debroussaill|taille|compost|motobineuse|feuilles|massif|entretien|irrigation).*")) {
            return "task-tool";
        }
        if (n.matches(".*(reunion|accueil).*")) {
            return "task-meeting";
        }
        return "task-other";
    }

    /** The pictogram of a CléA domain (1 to 7), a generic one otherwise. */
    public static String domainPicto(String domainCode) {
        return domainCode != null && domainCode.matches("[1-7]") ? "clea-" + domainCode : "task-other";
    }
}
