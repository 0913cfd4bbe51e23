package org.onepool.model.workforce;

import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * A business-as-usual run that can be stepped a month at a time, for measuring the cost of the monthly
 * step apart from setting up the population. Replications use {@link Replication}.
 */
public final class WorkforceRun {
    /** Months before the appraisal start at which the run begins. */
    private static final int START = -100_000_000;
    private final WorkforceModel model;

    private WorkforceRun(WorkforceModel model) {
        this.model = model;
        model.start();
    }

    /** The month-0 population of a scenario, calibrated, with no warm-up. */
    public static WorkforceRun prepare(Scenario scenario, long replicationSeed) {
        ScenarioValues values = ScenarioValues.central();
        Parameters params = new Parameters(scenario, values);
        RandomStreams streams = new RandomStreams(replicationSeed);
        WorkforceState state = new PopulationBuilder(params, streams).initialState(START);
        Hazards hazards = new Hazards(params);
        hazards.calibrate(state.staff, START);
        ArmEffects none = new ArmEffects(params, null, null, values);
        return new WorkforceRun(new WorkforceModel(params, none, state, hazards, streams, START, 0));
    }

    /**
     * Runs one month: all seven phases, costs computed as in a replication but not booked (the run sits
     * long before month 0, so it can be stepped indefinitely).
     */
    public void stepMonth() {
        model.schedule.step(model);
    }

    /** Staff in post now. */
    public int staff() {
        return model.state.staff.size;
    }
}
