/**
 * Workforce projections: staff in post, vacancies, leavers, hires, agency staff and the pay bill for every
 * partner x job family (and their totals) by financial year, under business as usual and each option, with
 * bands over replications and each option's difference from business as usual on common random numbers.
 * Folded one replication at a time in bounded memory.
 *
 * <p>May import: {@code org.onepool.model.scenario} (partners and job families), {@code org.onepool.model.finance}
 * (financial years, the pay bill), {@code org.onepool.model.workforce} (the monthly record), and Commons Math;
 * never the experiments, which fold projections, nor any output format.
 */
package org.onepool.model.projection;
