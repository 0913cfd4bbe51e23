/**
 * Workforce projections: staff in post, vacancies, leavers, hires, agency staff and the pay bill for every
 * partner x job family (and their totals) by financial year, under business as usual and each option, with
 * bands over replications and each option's difference from business as usual on common random numbers.
 * Folded one replication at a time in bounded memory.
 */
package org.onepool.model.projection;
