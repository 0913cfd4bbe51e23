/**
 * onepool's model library: from a scenario file to an appraisal of every option against business as
 * usual, with no user interface and no report formats. This package holds only the product version.
 *
 * <p>The packages below form layers, each importing only the ones beneath it:
 * {@code scenario} (the records), {@code scenario.input} (reading and checking files), {@code finance}
 * (money over time), {@code optimise.deployment} and {@code optimise.budget} (the solvers),
 * {@code workforce} (the simulation), {@code experiment} (replications and appraisals). Each package's
 * own description says what it may import; a test holds every source file to it.
 *
 * <p>May import: no other onepool package.
 */
package org.onepool.model;
