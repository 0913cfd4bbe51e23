package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onepool.model.scenario.Option;

/**
 * Folds replication outcomes of the main appraisal into its statistics. Outcomes must arrive in
 * replication order, 0 first: the P-square percentiles past {@value StreamingStats#EXACT} replications
 * depend on the order, so blocks run elsewhere are folded here one replication at a time rather than as
 * merged partial statistics. Memory does not grow with replications.
 */
public final class AppraisalFold {
    private final int replications;
    private final List<OptionAccumulator> accumulators = new ArrayList<>();
    private final StreamingStats[] baselineIndicators = StreamingStats.array(WorkforceIndicators.NAMES.length);
    private final StreamingStats baselineCost = new StreamingStats();
    /** The sampled inputs of the first replications only, for screening the tornado's inputs. */
    private final double[][] inputs;
    private double staffMonths;
    private int folded;

    AppraisalFold(AppraisalContext context, List<Option> options, int replications) {
        this.replications = replications;
        for (Option o : options) accumulators.add(new OptionAccumulator(context, o, replications));
        inputs = new double[Math.min(replications, StreamingStats.EXACT)][];
    }

    /** Folds the next replication's outcome; it must be replication {@link #folded()}. */
    public void add(ReplicationOutcome outcome) {
        int r = outcome.replication();
        if (r != folded || r >= replications) {
            throw new IllegalStateException("replication " + r + " arrived when " + folded + " of " + replications
                    + " was expected: outcomes must be folded in replication order");
        }
        for (int k = 0; k < baselineIndicators.length; k++) baselineIndicators[k].add(outcome.baselineIndicators()[k]);
        baselineCost.add(outcome.baselineCost());
        if (r < inputs.length) inputs[r] = outcome.inputs();
        staffMonths += outcome.staffMonths();
        for (int k = 0; k < accumulators.size(); k++) {
            accumulators.get(k).add(r, outcome.appraisals()[k], outcome.shares()[k], outcome.workforce()[k]);
        }
        folded++;
    }

    /** How many replications have been folded. */
    public int folded() {
        return folded;
    }

    /** Staff-months simulated by the folded replications, warm-up included. */
    public double staffMonths() {
        return staffMonths;
    }

    public Summary.Baseline baseline() {
        return new Summary.Baseline(OptionAccumulator.workforce(baselineIndicators), baselineCost.stats());
    }

    /** Each option's result from the appraisal alone: no tornado, switching values, stress tests or deployment. */
    public List<Summary.OptionResult> optionResults() {
        List<Summary.OptionResult> out = new ArrayList<>();
        for (OptionAccumulator a : accumulators) {
            out.add(a.result(Collections.emptyList(), Collections.emptyList(), Collections.emptyList(), null));
        }
        return out;
    }

    /** Each option's result with the analyses run after the appraisal (lists in option order). */
    List<Summary.OptionResult> optionResults(List<List<Summary.TornadoBar>> tornado,
                                             List<List<Summary.SwitchingValue>> switching,
                                             List<List<Summary.StressResult>> stress,
                                             List<Summary.DeploymentComparison> deployment) {
        List<Summary.OptionResult> out = new ArrayList<>();
        for (int k = 0; k < accumulators.size(); k++) {
            out.add(accumulators.get(k).result(tornado.get(k), switching.get(k), stress.get(k), deployment.get(k)));
        }
        return out;
    }

    List<CashFlowRow> cashFlows() {
        List<CashFlowRow> rows = new ArrayList<>();
        for (OptionAccumulator a : accumulators) rows.addAll(a.cashFlows());
        return rows;
    }

    double[][] sampledInputs() {
        return inputs;
    }

    List<double[]> screenedNpvs() {
        return accumulators.stream().map(OptionAccumulator::npvs).toList();
    }
}
