/**
 * Screens of the pathway context: the participants list, the dashboard, the indicators, and the pathway page —
 * {@code PathwayPage} (header, identity, timeline) and one view-scoped bean per tab.
 */
package fr.sillon.web.pathway;
