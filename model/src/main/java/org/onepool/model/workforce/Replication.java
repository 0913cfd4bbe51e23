package org.onepool.model.workforce;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * One replication: the population settled once for the scenario ({@link SettledPopulation}), a warm-up of
 * business as usual on the replication's own values and streams before month 0, the leaving hazards
 * calibrated on the month-0 state, then every arm run from a copy of that same state on
 * the same random streams (common random numbers).
 */
public final class Replication {
    private Replication() {
    }

    /** Runs the arms of one replication with the given per-replication values and seed. */
    public static List<ArmResult> run(Scenario scenario, ScenarioValues values, long replicationSeed, List<Arm> arms) {
        return run(scenario, values, replicationSeed, arms, null);
    }

    /** As {@link #run}, also counting each arm's leavers and exposure per tenure band into {@code bands}. */
    static List<ArmResult> run(Scenario scenario, ScenarioValues values, long replicationSeed, List<Arm> arms,
                               List<BandRecord> bands) {
        Parameters params = new Parameters(scenario, values);
        RandomStreams streams = new RandomStreams(replicationSeed);
        WorkforceState state = SettledPopulation.start(params, streams);
        Hazards hazards = new Hazards(params);
        hazards.calibrate(state.staff, -params.warmUpMonths);
        if (params.warmUpMonths > 0) {
            ArmEffects none = new ArmEffects(params, null, null, values);
            new WorkforceModel(params, none, state, hazards, streams, -params.warmUpMonths, 0).runUntil(0);
            hazards.calibrate(state.staff, 0);
        }
        List<ArmResult> results = new ArrayList<>(arms.size());
        // Stop rules compare an option with business as usual in the same replication: the first arm without one.
        MonthlySeries baseline = null;
        for (Arm arm : arms) {
            ArmEffects effects = new ArmEffects(params, arm, values);
            WorkforceModel model = new WorkforceModel(params, effects, state.copy(), hazards.copy(), streams, 0, 1);
            effects.watch(baseline, model.series);
            if (bands != null) {
                model.bandRecord = new BandRecord(params);
                bands.add(model.bandRecord);
            }
            model.runUntil(params.horizonMonths);
            results.add(new ArmResult(arm, model.ledger, model.series, effects.stoppedInterventions()));
            if (arm.option() == null && baseline == null) baseline = model.series;
        }
        return results;
    }

    /** Bytes of hot state per member of staff. */
    public static int hotStateBytesPerPerson() {
        return StaffTable.bytesPerPerson() + HazardRowCache.BYTES_PER_PERSON;
    }
}
