/**
 * Reading input files and checking them: {@link org.onepool.model.scenario.input.ScenarioLoader} reads a
 * scenario in three passes (syntax, structure against the schema generated from the records, then
 * meaning), {@link org.onepool.model.scenario.input.InputFile} reads onepool's other formats with the
 * same guards, and the validators (scenario, options and stresses, budget split) collect every problem
 * with its field path, the value found and what was expected.
 *
 * <p>May import: {@code org.onepool.model.scenario}, {@code org.onepool.model.population} (reading a
 * scenario's recorded population), {@code org.onepool.model.finance} (the bundled GDP deflator that money
 * in other price years is rebased with).
 */
package org.onepool.model.scenario.input;
