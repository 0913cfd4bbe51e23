package org.onepool.model.experiment;

import java.util.List;

/**
 * How to run an experiment.
 *
 * @param options                 option ids to appraise; null for every option in the scenario
 * @param sensitivityReplications replications for each tornado point and switching-value evaluation;
 *                                common random numbers make differences precise with few
 * @param stressReplications      replications for each stress test
 * @param tornadoInputs           how many uncertain inputs the tornado varies (the most influential,
 *                                screened by rank correlation with NPV over the main replications)
 * @param deploymentReplications  replications comparing greedy and optimised deployment of the pool
 *                                (0: not compared; the optimiser makes these slow)
 * @param projections             whether to make the workforce projection (false skips its work on every
 *                                replication and its outputs)
 */
public record ExperimentPlan(int replications, long seed, int threads, List<String> options, boolean sensitivity,
                             boolean stress, int sensitivityReplications, int stressReplications, int tornadoInputs,
                             int deploymentReplications, boolean projections) {

    public ExperimentPlan(int replications, long seed, int threads, List<String> options, boolean sensitivity,
                          boolean stress, int sensitivityReplications, int stressReplications, int tornadoInputs,
                          int deploymentReplications) {
        this(replications, seed, threads, options, sensitivity, stress, sensitivityReplications, stressReplications,
                tornadoInputs, deploymentReplications, true);
    }

    public ExperimentPlan(int replications, long seed, int threads, List<String> options, boolean sensitivity,
                          boolean stress, int sensitivityReplications, int stressReplications, int tornadoInputs) {
        this(replications, seed, threads, options, sensitivity, stress, sensitivityReplications, stressReplications,
                tornadoInputs, 0);
    }

    public static ExperimentPlan defaults(int replications, long seed) {
        return new ExperimentPlan(replications, seed, Runtime.getRuntime().availableProcessors(), null, true, true,
                Math.min(replications, 16), Math.min(replications, 40), 8);
    }

    public ExperimentPlan withThreads(int newThreads) {
        return new ExperimentPlan(replications, seed, newThreads, options, sensitivity, stress,
                sensitivityReplications, stressReplications, tornadoInputs, deploymentReplications, projections);
    }

    public ExperimentPlan withOptions(List<String> newOptions) {
        return new ExperimentPlan(replications, seed, threads, newOptions, sensitivity, stress,
                sensitivityReplications, stressReplications, tornadoInputs, deploymentReplications, projections);
    }

    public ExperimentPlan withAnalyses(boolean newSensitivity, boolean newStress) {
        return new ExperimentPlan(replications, seed, threads, options, newSensitivity, newStress,
                sensitivityReplications, stressReplications, tornadoInputs, deploymentReplications, projections);
    }

    public ExperimentPlan withDeploymentComparison(int newReplications) {
        return new ExperimentPlan(replications, seed, threads, options, sensitivity, stress,
                sensitivityReplications, stressReplications, tornadoInputs, newReplications, projections);
    }

    public ExperimentPlan withProjections(boolean newProjections) {
        return new ExperimentPlan(replications, seed, threads, options, sensitivity, stress,
                sensitivityReplications, stressReplications, tornadoInputs, deploymentReplications, newProjections);
    }
}
