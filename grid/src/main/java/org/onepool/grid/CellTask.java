package org.onepool.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ReplicationOutcome;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.scenario.Stress;

/**
 * What an executor needs to run blocks of one cell: the cell's scenario as JSON, its stress, options and
 * seed. The parsed scenario is kept per executor for the cell's other blocks.
 */
record CellTask(String hash, String scenarioJson, String stress, List<String> options, long seed, int replications)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Cells an executor keeps parsed; blocks of a cell mostly run close together. */
    private static final int KEPT = 32;
    private static final Map<String, Experiment> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Experiment> eldest) {
            return size() > KEPT;
        }
    };

    static CellTask of(Cell cell) {
        return new CellTask(cell.hash(), cell.scenarioJson(), cell.stress(), new ArrayList<>(cell.options()), cell.seed(),
                cell.replications());
    }

    /** Replications [from, to) of the cell, in order. */
    List<ReplicationOutcome> run(int from, int to) {
        return new ArrayList<>(experiment().replicate(from, to));
    }

    /**
     * The cell's main appraisal alone (no tornado, switching values, stress table or deployment comparison),
     * on one thread: Spark runs one task per core.
     */
    Experiment experiment() {
        synchronized (PARSED) {
            Experiment kept = PARSED.get(hash);
            if (kept != null) return kept;
        }
        Experiment made = parse();
        synchronized (PARSED) {
            PARSED.putIfAbsent(hash, made);
            return PARSED.get(hash);
        }
    }

    private Experiment parse() {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.parse(scenarioJson, true);
        } catch (ScenarioException e) {
            // The driver checked every cell before the job started; this is a fault, not the user's input.
            throw new IllegalStateException("cell " + hash + " no longer passes the checks: " + e.getMessage(), e);
        }
        Stress s = stress.equals(Grid.NO_STRESS) ? null : scenario.stresses().stream()
                .filter(x -> x.id().equals(stress)).findFirst()
                .orElseThrow(() -> new IllegalStateException("cell " + hash + " has no stress " + stress));
        ExperimentPlan plan = ExperimentPlan.defaults(replications, seed).withThreads(1).withOptions(options)
                .withAnalyses(false, false);
        return new Experiment(scenario, plan, s);
    }
}
