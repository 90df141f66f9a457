package fr.sillon.domain.pathway;

/** The three objects of a PMSMP (L5135-1); one per convention. */
public enum ImmersionObjective {
    DISCOVER_TRADE, CONFIRM_PROJECT, START_RECRUITMENT
}
