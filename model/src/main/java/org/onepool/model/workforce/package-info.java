/**
 * The workforce simulation (model/ODD.md describes it): one replication's parameters resolved into flat
 * arrays, the compact state (staff and vacancy tables, the talent bank), the seven phases of a month on
 * MASON's schedule, an arm's effects combined from the effect declarations, and the monthly record and
 * cost ledger a run produces. No member of staff is an object; phases step arrays in index order.
 *
 * <p>May import: {@code org.onepool.model.scenario}, {@code org.onepool.model.finance},
 * {@code org.onepool.model.optimise.deployment}, {@code org.onepool.model.population} (month 0 as recorded).
 */
package org.onepool.model.workforce;
