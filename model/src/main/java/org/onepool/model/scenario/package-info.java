/**
 * A scenario as data: the records a scenario file binds to (appraisal and simulation settings, job
 * families, partners and their workforces, options, their interventions and effects, stresses, the
 * budget split), uncertain numbers and how they read and write, the declaration of every kind of effect
 * ({@link org.onepool.model.scenario.Effect}), the assumptions register, and the values the uncertain
 * inputs take in one replication. Domain facts only: immutable records and the enums they use.
 *
 * <p>May import: {@code org.onepool.model.population} (a recorded population the scenario refers to), no
 * other onepool package.
 */
package org.onepool.model.scenario;
