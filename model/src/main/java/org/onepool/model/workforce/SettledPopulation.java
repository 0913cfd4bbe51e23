package org.onepool.model.workforce;

import java.util.ArrayDeque;
import java.util.Deque;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * The synthetic population as business as usual leaves it after {@link #SETTLING_YEARS} years, worked
 * out once per scenario and copied into every replication as it starts its own warm-up.
 *
 * <p>Why: the profiles give tenure, age and engagement, but not who holds which grade for how long. That
 * joint mix (grade by tenure by time in post, and so who is stagnating) is set by promotions and vacancy
 * chains and settles only over a career: starting from the drawn population, the stagnating share of the
 * two-to-five-year band falls for two decades. Calibrated at month 0 on a population still moving, the
 * stated rates would hold at month 0 and drift after. Settling every replication that long would cost
 * several times the run; settling once costs about one replication. Every replication then runs its own
 * warm-up, on its own values and streams, from the same settled staff, so business as usual at month 0 is
 * near its steady state and the calibration holds over the horizon.
 */
final class SettledPopulation {
    /** Years of business as usual (central values) between the drawn population and a replication's warm-up. */
    static final int SETTLING_YEARS = 25;
    /** The settled populations of the last few scenarios, by identity: an experiment's replications share one. */
    private static final int KEPT = 4;
    private static final Deque<Entry> KEPT_STATES = new ArrayDeque<>();

    private record Entry(Scenario scenario, WorkforceState state) {
    }

    private SettledPopulation() {
    }

    /**
     * The population a replication starts its warm-up from: the settled one when the population is synthetic
     * and the scenario warms up; otherwise drawn (or placed from the records) for this replication.
     */
    static WorkforceState start(Parameters params, RandomStreams streams) {
        int from = -params.warmUpMonths;
        if (params.warmUpMonths == 0 || params.population.recorded() != null) {
            return new PopulationBuilder(params, streams).initialState(from);
        }
        return settled(params.scenario).copy();
    }

    private static WorkforceState settled(Scenario scenario) {
        synchronized (KEPT_STATES) {
            for (Entry e : KEPT_STATES) if (e.scenario() == scenario) return e.state();
            WorkforceState state = settle(scenario);
            if (KEPT_STATES.size() == KEPT) KEPT_STATES.removeLast();
            KEPT_STATES.addFirst(new Entry(scenario, state));
            return state;
        }
    }

    /** Business as usual on central values, from the drawn population to the start of the warm-up. */
    private static WorkforceState settle(Scenario scenario) {
        ScenarioValues central = ScenarioValues.central();
        Parameters params = new Parameters(scenario, central);
        // Its own streams, off the master seed: no replication's draws are reused.
        RandomStreams streams = new RandomStreams(RandomStreams.replicationSeed(scenario.appraisal().seed(), -1));
        int from = -params.warmUpMonths - 12 * SETTLING_YEARS;
        WorkforceState state = new PopulationBuilder(params, streams).initialState(from);
        Hazards hazards = new Hazards(params);
        hazards.calibrate(state.staff, from);
        new WorkforceModel(params, new ArmEffects(params, null, null, central), state, hazards, streams, from, 0)
                .runUntil(-params.warmUpMonths);
        return state;
    }
}
