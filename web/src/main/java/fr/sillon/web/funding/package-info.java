/** Coordinator pages of what funders ask for (issue 19): hours and FTE, bilan and ASP declaration, +6 months. */
package fr.sillon.web.funding;
