package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.CostCategory.Treatment;
import org.onepool.model.scenario.PublishedCheck;
import org.onepool.model.scenario.ResourceType;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;

/**
 * The model's saving of the sharing already in place, beside each published figure for it: business as
 * usual against the same partners without the sharing ({@link Arm#APART}), on the main run's replications'
 * seeds and sampled inputs (the first {@value #MOST_REPLICATIONS} of them). The saving is on the staffing
 * lines the ledger holds: pay of staff in post, agency, recruitment, checks, induction and training, in
 * cash and staff time, in the price base year's prices, a year on average over the horizon.
 */
record PublishedChecks(AppraisalContext context, ExperimentPlan plan, Progress progress) {
    static final int MOST_REPLICATIONS = 100;

    List<Summary.PublishedCheckResult> run() {
        List<PublishedCheck> checks = context.scenario.publishedChecks();
        if (checks.isEmpty()) return List.of();
        int n = Math.min(plan.replications(), MOST_REPLICATIONS);
        double[] saving = new double[n];
        List<Arm> arms = List.of(Arm.BASELINE, Arm.APART);
        progress.begin("Checks against published figures", n);
        OrderedParallel.run(n, plan.threads(), r -> {
            List<ArmResult> results = context.simulate(r, context.sampled(r), arms);
            return savingPerYear(results.get(1).ledger(), results.get(0).ledger());
        }, (value, r) -> saving[r] = value, progress);
        Stats stats = StatsOf.of(saving);
        List<Summary.PublishedCheckResult> out = new ArrayList<>();
        for (PublishedCheck c : checks) {
            out.add(new Summary.PublishedCheckResult(c.id(), c.name(), c.publishedGbpPerYear(), c.source(), c.covers(),
                    stats, c.publishedGbpPerYear() == 0 ? Double.NaN : stats.p50() / c.publishedGbpPerYear(), n));
        }
        return out;
    }

    /** Whether a ledger line is a staffing cost: cash or staff time, not the lost-service value or a memo. */
    static boolean staffing(CostCategory c) {
        return c.resourceType() != ResourceType.SERVICE_VALUE && c.treatment() != Treatment.MEMO && !c.isInvestment()
                && c != CostCategory.TRANSFERS;
    }

    /** The staffing lines of {@code apart} minus those of {@code shared}, a year on average. */
    static double savingPerYear(Ledger apart, Ledger shared) {
        double total = 0;
        for (int m = 0; m < apart.months(); m++) {
            for (CostCategory c : CostCategory.values()) {
                if (staffing(c)) total += apart.monthTotal(m, c) - shared.monthTotal(m, c);
            }
        }
        return total / (apart.months() / 12.0);
    }
}
