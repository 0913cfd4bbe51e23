/**
 * The deployment optimiser: placing pooled staff (redeployees, stagnating applicants) into open posts
 * across partners with OptaPlanner, against first-come matching and exhaustive search, and the standalone
 * deployment problem file. It knows nothing of the simulation, which calls it with a month's pool.
 *
 * <p>May import: {@code org.onepool.model.scenario}, {@code org.onepool.model.scenario.input}.
 */
package org.onepool.model.optimise.deployment;
