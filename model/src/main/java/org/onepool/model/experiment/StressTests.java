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
import org.onepool.model.workforce.ArmResult;

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
        int partners = context.scenario.partners().size();
        progress.begin("Stress tests", (long) stresses.size() * n);
        List<List<Summary.StressResult>> out = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) out.add(new ArrayList<>());
        for (Stress stress : stresses) {
            List<Arm> arms = new ArrayList<>();
            arms.add(context.arm(null, stress));
            for (Option o : options) arms.add(context.arm(o, stress));
            // [option][quantity][replication]: NPV, the three workforce changes, then each partner's net NPV.
            double[][][] v = new double[options.size()][4 + partners][n];
            OrderedParallel.run(n, plan.threads(), r -> replication(r, arms, partners), (values, r) -> {
                for (int k = 0; k < values.length; k++) for (int q = 0; q < values[k].length; q++) v[k][q][r] = values[k][q];
            }, progress);
            for (int k = 0; k < options.size(); k++) {
                int positive = 0;
                for (double npv : v[k][0]) if (npv > 0) positive++;
                List<Summary.StressPartner> byPartner = new ArrayList<>();
                for (int p = 0; p < partners; p++) {
                    Partner partner = context.scenario.partners().get(p);
                    Stats net = StatsOf.of(v[k][4 + p]);
                    byPartner.add(new Summary.StressPartner(partner.id(), partner.name(), net, net.p50() < 0));
                }
                out.get(k).add(new Summary.StressResult(stress.id(), stress.name(), StatsOf.of(v[k][0]),
                        (double) positive / n, StatsOf.of(v[k][1]), StatsOf.of(v[k][2]), StatsOf.of(v[k][3]), byPartner));
            }
        }
        return out;
    }

    /** Replication r under the stress: per option, its NPV, workforce changes and each partner's net NPV. */
    private double[][] replication(int r, List<Arm> arms, int partners) {
        var values = context.sampled(r);
        List<ArmResult> results = context.simulate(r, values, arms);
        WorkforceIndicators base = WorkforceIndicators.of(results.get(0));
        double[][] out = new double[arms.size() - 1][4 + partners];
        for (int k = 0; k < out.length; k++) {
            ArmResult option = results.get(k + 1);
            var appraisal = context.appraise(results.get(0), option, values);
            WorkforceIndicators w = WorkforceIndicators.of(option);
            out[k][0] = appraisal.npv();
            out[k][1] = w.vacancyRate() - base.vacancyRate();
            out[k][2] = w.agencySpendGbpPerYear() - base.agencySpendGbpPerYear();
            out[k][3] = w.leaversPerYear() - base.leaversPerYear();
            for (int p = 0; p < partners; p++) out[k][4 + p] = appraisal.partnerNetNpv(p);
        }
        return out;
    }
}
