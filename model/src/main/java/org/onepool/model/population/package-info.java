/**
 * A population as recorded: the staff in post at a date, one row a person (partner, job family, grade,
 * age band, the months they joined and took their post), read from the compact companion file a
 * scenario references instead of the synthetic profiles. No names or identifiers are held. Independent
 * of the scenario records, so the scenario can refer to it without a cycle.
 *
 * <p>May import: the JDK and Commons CSV only; no other model package.
 */
package org.onepool.model.population;
