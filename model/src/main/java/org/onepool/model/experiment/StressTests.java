package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Stress;
import org.onepool.model.scenario.StressType;
import org.onepool.model.workforce.Arm;

/**
 * Every stress of the scenario (or, when it names none, four defaults a panel asks about) applied to the
 * baseline and every option alike, on the same replications and uncertain inputs as the main run.
 */
record StressTests(AppraisalContext context, List<Option> options, ExperimentPlan plan, Progress progress) {

    static List<Stress> stressesOf(Scenario scenario) {
        if (!scenario.stresses().isEmpty()) return scenario.stresses();
        List<Stress> defaults = new ArrayList<>();
        defaults.add(new Stress("effect-halved", "Effects half what is hoped", StressType.EFFECT_SCALE, 0.5,
                null, null, null, null, null, 0, null, null));
        defaults.add(new Stress("market-tightens", "Labour market tightens", StressType.MARKET_TIGHTENING, null,
                1.3, 0.1, null, null, null, 0, null, null));
        defaults.add(new Stress("pay-restraint", "Pay restraint", StressType.PAY_RESTRAINT, null, null, null, 0.02,
                null, null, 0, null, null));
        int horizon = scenario.appraisal().horizonMonths();
        scenario.partners().stream().filter(p -> !p.vettingWall()).max(Comparator.comparingInt(Partner::headcount))
                .filter(p -> scenario.partners().size() > 1 && horizon > 24)
                .ifPresent(p -> defaults.add(new Stress("partner-leaves", p.name() + " leaves the pool in year 3",
                        StressType.PARTNER_WITHDRAWS, null, null, null, null, p.id(), null, 24, null, null)));
        return defaults;
    }

    /** Per option (outer list in option order), one result per stress. */
    List<List<Summary.StressResult>> run() {
        List<Stress> stresses = stressesOf(context.scenario);
        int n = plan.stressReplications();
        progress.begin("Stress tests", (long) stresses.size() * n);
        List<List<Summary.StressResult>> out = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) out.add(new ArrayList<>());
        for (Stress stress : stresses) {
            List<Arm> arms = new ArrayList<>();
            arms.add(context.arm(null, stress));
            for (Option o : options) arms.add(context.arm(o, stress));
            double[][] npv = new double[options.size()][n];
            OrderedParallel.run(n, plan.threads(), r -> context.npvs(r, context.sampled(r), arms), (v, r) -> {
                for (int k = 0; k < v.length; k++) npv[k][r] = v[k];
            }, progress);
            for (int k = 0; k < options.size(); k++) {
                int positive = 0;
                for (double v : npv[k]) if (v > 0) positive++;
                out.get(k).add(new Summary.StressResult(stress.id(), stress.name(), StatsOf.of(npv[k]),
                        (double) positive / n));
            }
        }
        return out;
    }
}
