package fr.sillon.web.pathway;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * issue 15: one picture of a pathway on a time axis (drawn in CSS by WEB-INF/includes/pathway/timeline-picture.xhtml):
 * one lane per kind of event — contracts and renewals, follow-up (interviews), immersions, trainings, validations,
 * exit — each event at its place between the entry and today (or the exit), periods as bars.
 */
public final class TimelinePicture implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One event: a point when {@code end} is null, a period otherwise. */
    public record Event(String kind, LocalDate start, LocalDate end, String title) implements Serializable {
    }

    /** An event placed on the axis, in percent of the width. */
    public record Mark(String kind, String left, String width, boolean period, String title) implements Serializable {
    }

    public record Lane(String key, List<Mark> marks) implements Serializable {
    }

    private static final Map<String, String> LANE_OF = Map.ofEntries(Map.entry("ENTRY", "contracts"),
            Map.entry("CONTRACT", "contracts"), Map.entry("RENEWAL", "contracts"), Map.entry("SUSPENSION", "contracts"),
            Map.entry("INTERVIEW", "followUp"), Map.entry("BARRIER", "followUp"), Map.entry("IMMERSION", "immersions"),
            Map.entry("TRAINING", "trainings"), Map.entry("VALIDATION", "validations"), Map.entry("EXIT", "exit"));
    private static final List<String> LANES = List.of("contracts", "followUp", "immersions", "trainings", "validations", "exit");

    private final LocalDate from;
    private final LocalDate to;
    private final List<Lane> lanes;
    private final int events;

    private TimelinePicture(LocalDate from, LocalDate to, List<Lane> lanes, int events) {
        this.from = from;
        this.to = to;
        this.lanes = lanes;
        this.events = events;
    }

    /** The picture of {@code events} from the first of them to {@code today} (or the last, when later). */
    public static TimelinePicture of(List<Event> events, LocalDate today) {
        LocalDate from = events.stream().map(Event::start).min(LocalDate::compareTo).orElse(today);
        LocalDate to = today;
        for (Event e : events) {
            LocalDate last = e.end() != null ? e.end() : e.start();
            if (last.isAfter(to)) {
                to = last;
            }
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        Map<String, List<Mark>> byLane = new LinkedHashMap<>();
        LANES.forEach(l -> byLane.put(l, new ArrayList<>()));
        for (Event e : events) {
            double left = 100.0 * ChronoUnit.DAYS.between(from, e.start()) / days;
            boolean period = e.end() != null && e.end().isAfter(e.start());
            double width = period ? Math.max(0.5, 100.0 * ChronoUnit.DAYS.between(e.start(), e.end()) / days) : 0;
            width = Math.min(width, 100 - left);
            byLane.get(LANE_OF.getOrDefault(e.kind(), "followUp"))
                    .add(new Mark(e.kind(), percent(left), percent(width), period, e.title()));
        }
        List<Lane> lanes = new ArrayList<>();
        byLane.forEach((k, marks) -> {
            if (!marks.isEmpty()) {
                lanes.add(new Lane(k, List.copyOf(marks)));
            }
        });
        return new TimelinePicture(from, to, List.copyOf(lanes), events.size());
    }

    /** A day as the pages write it (12/03/2026). */
    public static String day(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public List<Lane> getLanes() { return lanes; }
    public int getEvents() { return events; }
}
