package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onepool.model.Version;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;

/**
 * The appraisal of every option against business as usual: paired Monte Carlo replications (each
 * option runs on the same seed and sampled inputs as the baseline), then the tornado, switching values
 * and stress tests. Results are the same for a seed at any thread count.
 */
public final class Experiment {
    private Experiment() {
    }

    /** One replication's contribution, small enough to hand between threads. */
    private record Outcome(double[] baselineIndicators, double baselineCost, OptionAppraisal[] appraisals,
                           WorkforceIndicators[] workforce, double[] inputs, double staffMonths) {
    }

    public static ExperimentResult run(Scenario scenario, String file, String sha256, ExperimentPlan plan,
                                       Progress progress) {
        long started = System.nanoTime();
        AppraisalContext context = new AppraisalContext(scenario, plan.seed());
        List<Option> options = context.options(plan.options());
        List<Arm> arms = new ArrayList<>();
        arms.add(Arm.BASELINE);
        for (Option o : options) arms.add(context.arm(o, null));
        int n = plan.replications();
        List<OptionAccumulator> accumulators = new ArrayList<>();
        for (Option o : options) accumulators.add(new OptionAccumulator(context, o, n));
        // Memory does not grow with replications: streaming statistics, and the sampled inputs of the
        // first replications only (for screening the tornado's inputs by rank correlation).
        StreamingStats[] baselineIndicators = StreamingStats.array(WorkforceIndicators.NAMES.size());
        StreamingStats baselineCost = new StreamingStats();
        double[][] inputs = new double[Math.min(n, StreamingStats.EXACT)][];
        double[] staffMonths = new double[1];
        int warmUpMonths = scenario.simulation().warmUpYears() * 12;

        progress.begin("Appraisal", n);
        OrderedParallel.run(n, plan.threads(), r -> {
            ScenarioValues values = context.sampled(r);
            List<ArmResult> results = context.simulate(r, values, arms);
            ArmResult base = results.get(0);
            OptionAppraisal[] appraisals = new OptionAppraisal[options.size()];
            WorkforceIndicators[] workforce = new WorkforceIndicators[options.size()];
            double simulated = warmUpMonths * (double) scenario.totalHeadcount();
            for (ArmResult arm : results) simulated += arm.series().total(Measure.HEADCOUNT);
            for (int k = 0; k < options.size(); k++) {
                ArmResult option = results.get(k + 1);
                appraisals[k] = context.appraise(base, option, values);
                workforce[k] = WorkforceIndicators.of(option);
            }
            double[] sampled = new double[context.uncertain.size()];
            for (int k = 0; k < sampled.length; k++) sampled[k] = values.of(context.uncertain.get(k).input());
            return new Outcome(WorkforceIndicators.of(base).toArray(), totalCost(base), appraisals, workforce,
                    sampled, simulated);
        }, (outcome, r) -> {
            for (int k = 0; k < baselineIndicators.length; k++) baselineIndicators[k].add(outcome.baselineIndicators()[k]);
            baselineCost.add(outcome.baselineCost());
            if (r < inputs.length) inputs[r] = outcome.inputs();
            staffMonths[0] += outcome.staffMonths();
            for (int k = 0; k < accumulators.size(); k++) {
                accumulators.get(k).add(r, outcome.appraisals()[k], outcome.workforce()[k]);
            }
        }, progress);

        List<List<Summary.TornadoBar>> tornado = empty(options.size());
        List<List<Summary.SwitchingValue>> switching = empty(options.size());
        int screenedInputs = 0;
        if (plan.sensitivity() && !context.uncertain.isEmpty() && !options.isEmpty()) {
            Sensitivity sensitivity = new Sensitivity(context, options, plan, progress);
            List<Assumption> screened = sensitivity.screen(inputs,
                    accumulators.stream().map(OptionAccumulator::npvs).toList());
            screenedInputs = screened.size();
            tornado = sensitivity.tornado(screened);
            progress.begin("Switching values", (long) options.size() * Math.min(3, screened.size()));
            for (int k = 0; k < options.size(); k++) {
                switching.set(k, sensitivity.switchingValues(options.get(k), tornado.get(k)));
            }
        }
        List<List<Summary.StressResult>> stress = empty(options.size());
        if (plan.stress() && !options.isEmpty()) stress = new StressTests(context, options, plan, progress).run();

        List<Summary.DeploymentComparison> deployment = new ArrayList<>();
        DeploymentComparisons comparisons = new DeploymentComparisons(context, plan, progress);
        for (Option o : options) {
            boolean compare = plan.deploymentReplications() > 0 && DeploymentComparisons.opensPool(o);
            deployment.add(compare ? comparisons.compare(o) : null);
        }

        List<Summary.OptionResult> results = new ArrayList<>();
        List<CashFlowRow> cashFlows = new ArrayList<>();
        for (int k = 0; k < accumulators.size(); k++) {
            results.add(accumulators.get(k).result(tornado.get(k), switching.get(k), stress.get(k), deployment.get(k)));
            cashFlows.addAll(accumulators.get(k).cashFlows());
        }
        var appraisal = scenario.appraisal();
        var bias = appraisal.optimismBias();
        Summary summary = new Summary(new Summary.ScenarioInfo(scenario.name(), file, sha256), Version.get(),
                plan.seed(), n, plan.threads(), appraisal.startMonth(), appraisal.horizonMonths(),
                appraisal.discountSchedule().id(),
                new Summary.Settings(plan.sensitivity() ? plan.sensitivityReplications() : 0,
                        plan.stress() ? plan.stressReplications() : 0,
                        screenedInputs,
                        bias.costUplift().central(), bias.mitigation().central(), bias.benefitsShortfall().central()),
                new Summary.Baseline(OptionAccumulator.workforce(baselineIndicators), baselineCost.stats()),
                results);
        List<String> labels = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        for (int y = 0; y < context.years.years(); y++) {
            labels.add(context.years.label(y));
            factors.add(context.factors[y]);
        }
        return new ExperimentResult(summary, cashFlows, context.register, labels, factors, staffMonths[0],
                (System.nanoTime() - started) / 1e9);
    }

    private static double totalCost(ArmResult arm) {
        double total = 0;
        for (int m = 0; m < arm.ledger().months(); m++) {
            for (CostCategory c : CostCategory.values()) total += arm.ledger().monthTotal(m, c);
        }
        return total;
    }

    private static <T> List<List<T>> empty(int size) {
        List<List<T>> out = new ArrayList<>();
        for (int k = 0; k < size; k++) out.add(Collections.emptyList());
        return out;
    }
}
