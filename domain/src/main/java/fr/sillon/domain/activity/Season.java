package fr.sillon.domain.activity;

/** Usual season of a task type (indicative, used to sort the catalogue). */
public enum Season {
    ALL_YEAR, SPRING, SUMMER, AUTUMN, WINTER, SPRING_SUMMER, SUMMER_AUTUMN, AUTUMN_WINTER
}
