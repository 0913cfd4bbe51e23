package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.Stress;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;

/**
 * The main appraisal's paired replications, one at a time or as a block [from, to): each replication
 * depends only on the scenario, the master seed and its index, so blocks can run on any thread or
 * machine. Folding their outcomes in replication order ({@link AppraisalFold}) gives exactly what
 * {@link Experiment#run} gives for the same seed. Safe to call from several threads.
 */
public final class AppraisalReplications {
    private final AppraisalContext context;
    private final List<Option> options;
    private final List<Arm> arms = new ArrayList<>();
    private final double warmUpStaffMonths;

    /**
     * The given options (null: every option of the scenario) against business as usual, every arm
     * under {@code stress} (null: none, as {@code onepool run} appraises).
     */
    public AppraisalReplications(Scenario scenario, long seed, List<String> optionIds, Stress stress) {
        this(new AppraisalContext(scenario, seed), optionIds, stress);
    }

    AppraisalReplications(AppraisalContext context, List<String> optionIds, Stress stress) {
        this.context = context;
        this.options = context.options(optionIds);
        arms.add(context.arm(null, stress));
        for (Option o : options) arms.add(context.arm(o, stress));
        Scenario scenario = context.scenario;
        warmUpStaffMonths = scenario.simulation().warmUpYears() * 12 * (double) scenario.totalHeadcount();
    }

    List<Option> options() {
        return options;
    }

    /** Replication r: its inputs sampled from its own stream, every arm simulated on its seeds, appraised. */
    public ReplicationOutcome outcome(int r) {
        ScenarioValues values = context.sampled(r);
        List<ArmResult> results = context.simulate(r, values, arms);
        ArmResult base = results.get(0);
        OptionAppraisal[] appraisals = new OptionAppraisal[options.size()];
        double[][] shares = new double[options.size()][];
        WorkforceIndicators[] workforce = new WorkforceIndicators[options.size()];
        double simulated = warmUpStaffMonths;
        for (ArmResult arm : results) simulated += arm.series().total(Measure.HEADCOUNT);
        for (int k = 0; k < options.size(); k++) {
            ArmResult option = results.get(k + 1);
            appraisals[k] = context.appraise(base, option, values);
            shares[k] = context.shares(option);
            workforce[k] = WorkforceIndicators.of(option);
        }
        double[] sampled = new double[context.uncertain.size()];
        for (int k = 0; k < sampled.length; k++) sampled[k] = values.of(context.uncertain.get(k).input());
        return new ReplicationOutcome(r, WorkforceIndicators.of(base).toArray(), Experiment.totalCost(base), appraisals,
                shares, workforce, sampled, simulated);
    }

    /** Replications from (inclusive) to to (exclusive), in order, on the calling thread. */
    public List<ReplicationOutcome> block(int from, int to) {
        List<ReplicationOutcome> out = new ArrayList<>(Math.max(0, to - from));
        for (int r = from; r < to; r++) out.add(outcome(r));
        return out;
    }

    /** An empty fold for replications 0..replications-1 of this appraisal. */
    public AppraisalFold fold(int replications) {
        return new AppraisalFold(context, options, replications);
    }
}
