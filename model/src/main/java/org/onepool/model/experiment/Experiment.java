package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onepool.model.Version;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.workforce.ArmResult;

/**
 * The appraisal of every option against business as usual: paired Monte Carlo replications (each
 * option runs on the same seed and sampled inputs as the baseline), then the tornado, switching values
 * and stress tests. Results are the same for a seed at any thread count.
 */
public final class Experiment {
    private Experiment() {
    }

    public static ExperimentResult run(Scenario scenario, String file, String sha256, ExperimentPlan plan,
                                       Progress progress) {
        long started = System.nanoTime();
        AppraisalContext context = new AppraisalContext(scenario, plan.seed());
        AppraisalReplications replications = new AppraisalReplications(context, plan.options(), null);
        List<Option> options = replications.options();
        int n = plan.replications();
        AppraisalFold fold = replications.fold(n);
        progress.begin("Appraisal", n);
        OrderedParallel.run(n, plan.threads(), replications::outcome, (outcome, r) -> fold.add(outcome), progress);

        List<List<Summary.TornadoBar>> tornado = empty(options.size());
        List<List<Summary.SwitchingValue>> switching = empty(options.size());
        int screenedInputs = 0;
        if (plan.sensitivity() && !context.uncertain.isEmpty() && !options.isEmpty()) {
            Sensitivity sensitivity = new Sensitivity(context, options, plan, progress);
            List<Assumption> screened = sensitivity.screen(fold.sampledInputs(), fold.screenedNpvs());
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

        List<Summary.OptionResult> results = fold.optionResults(tornado, switching, stress, deployment);
        var appraisal = scenario.appraisal();
        var bias = appraisal.optimismBias();
        Summary summary = new Summary(new Summary.ScenarioInfo(scenario.name(), file, sha256), Version.get(),
                plan.seed(), n, plan.threads(), appraisal.startMonth(), appraisal.horizonMonths(),
                appraisal.discountSchedule().id(),
                new Summary.Settings(plan.sensitivity() ? plan.sensitivityReplications() : 0,
                        plan.stress() ? plan.stressReplications() : 0,
                        screenedInputs,
                        bias.costUplift().central(), bias.mitigation().central(), bias.benefitsShortfall().central()),
                fold.baseline(), results);
        List<String> labels = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        for (int y = 0; y < context.years.years(); y++) {
            labels.add(context.years.label(y));
            factors.add(context.factors[y]);
        }
        return new ExperimentResult(summary, fold.cashFlows(), context.register, labels, factors, fold.staffMonths(),
                (System.nanoTime() - started) / 1e9);
    }

    static double totalCost(ArmResult arm) {
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
