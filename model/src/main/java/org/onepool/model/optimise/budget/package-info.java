/**
 * The invest-to-save budget split: an option's levers, tranches of the budget by lever, partner and
 * year, the dose-response of spend, naive plans, the response surface fitted to simulated plans, and the
 * OptaPlanner solver over it. It knows nothing of the simulation: the experiment layer turns its plans
 * into the simulation's funding and its simulated values into the surface.
 *
 * <p>May import: {@code org.onepool.model.scenario}, {@code org.onepool.model.finance}.
 */
package org.onepool.model.optimise.budget;
