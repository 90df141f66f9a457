/**
 * The small kernel every service shares: {@code TenantGuard} (the one tenant guard and its audit policy), {@code
 * Roles} (security group names), {@code Rows} (typed reading of native rows), {@code Page} (one page of a list),
 * {@code Text} and {@code Persist} helpers.
 */
package fr.sillon.ejb.shared;
