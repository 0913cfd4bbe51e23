/**
 * The partners' own records, already mapped to onepool's codes (one row a person in post, a leaver or a
 * recruitment campaign; no names or identifiers), and what is estimated from them: leaving hazards by
 * tenure band from occurrences over exposure with exact confidence intervals, leaving-reason shares,
 * retirement age, time to fill as a fitted lognormal with its goodness of fit, campaign failure and agency
 * cover; the staff in post as a recorded population, small cells merged; and the back-test that scores a
 * business-as-usual run from a past date against what happened. Reading the extracts themselves (CSV,
 * XLSX, the column mapping) is the command line's business.
 *
 * <p>May import: {@code org.onepool.model.population}, {@code org.onepool.model.scenario},
 * {@code org.onepool.model.scenario.input}, {@code org.onepool.model.workforce} (to simulate from a past month)
 * and {@code org.onepool.model.experiment} (its progress and parallel replications), and Commons Math.
 */
package org.onepool.model.data;
