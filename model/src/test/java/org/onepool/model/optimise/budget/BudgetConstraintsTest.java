package org.onepool.model.optimise.budget;

import static org.onepool.model.optimise.budget.BudgetFixtures.lever;
import static org.onepool.model.optimise.budget.BudgetFixtures.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per rule; each calls the rule it is named after. */
class BudgetConstraintsTest {
    private final ConstraintVerifier<BudgetConstraints, BudgetSolution> verifier =
            ConstraintVerifier.build(new BudgetConstraints(), BudgetSolution.class, Tranche.class);

    private static Tranche tranche(int id, int lever, int partner, int year) {
        return new Tranche(id, 10_000, new BudgetSlot(lever, partner, year));
    }

    @Test
    void yearlySpendMustStayWithinTheAnnualCap() {
        YearCap cap = new YearCap(0, 20_000);
        verifier.verifyThat(BudgetConstraints::yearlySpendMustStayWithinTheAnnualCap)
                .given(cap, new YearCap(1, 20_000), tranche(0, 0, 0, 0), tranche(1, 1, 0, 0), tranche(2, 0, 1, 0),
                        tranche(3, 0, 0, 1))
                .penalizesBy(10_000);
        verifier.verifyThat(BudgetConstraints::yearlySpendMustStayWithinTheAnnualCap)
                .given(cap, tranche(0, 0, 0, 0), tranche(1, 1, 0, 0), new Tranche(2, 10_000, null))
                .penalizesBy(0);
    }

    @Test
    void leverSpendMustStayWithinItsMaximum() {
        verifier.verifyThat(BudgetConstraints::leverSpendMustStayWithinItsMaximum)
                .given(new LeverLimit(0, 0, 10_000), new LeverLimit(1, 0, 50_000), tranche(0, 0, 0, 0),
                        tranche(1, 0, 1, 1), tranche(2, 0, 0, 1), tranche(3, 1, 0, 0))
                .penalizesBy(20_000);
        verifier.verifyThat(BudgetConstraints::leverSpendMustStayWithinItsMaximum)
                .given(new LeverLimit(0, 0, 20_000), tranche(0, 0, 0, 0), tranche(1, 0, 1, 1))
                .penalizesBy(0);
    }

    @Test
    void leverSpendMustReachItsMinimum() {
        verifier.verifyThat(BudgetConstraints::leverSpendMustReachItsMinimum)
                .given(new LeverLimit(0, 30_000, Long.MAX_VALUE), tranche(0, 0, 0, 0))
                .penalizesBy(20_000);
        verifier.verifyThat(BudgetConstraints::leverSpendMustReachItsMinimum)
                .given(new LeverLimit(0, 20_000, Long.MAX_VALUE), tranche(0, 0, 0, 0), tranche(1, 0, 0, 1))
                .penalizesBy(0);
    }

    @Test
    void leverWithAMinimumMustBeFunded() {
        verifier.verifyThat(BudgetConstraints::leverWithAMinimumMustBeFunded)
                .given(new LeverLimit(0, 30_000, Long.MAX_VALUE), new LeverLimit(1, 0, Long.MAX_VALUE),
                        tranche(0, 1, 0, 0), new Tranche(1, 10_000, null))
                .penalizesBy(30_000);
        verifier.verifyThat(BudgetConstraints::leverWithAMinimumMustBeFunded)
                .given(new LeverLimit(0, 30_000, Long.MAX_VALUE), tranche(0, 0, 0, 0))
                .penalizesBy(0);
    }

    private static BudgetProblem twoPartners() {
        return problem(List.of(lever(0, 0, Long.MAX_VALUE, 100, 50)), 2, 2, 3, Long.MAX_VALUE);
    }

    @Test
    void predictedGainIsRewarded() {
        BudgetProblem problem = twoPartners();
        // Worth GBP 25k per tranche at partner 0, 4k at partner 1.
        PlanValue value = new PlanValue(problem, plan -> 1e6 + 25_000.0 * (plan.count(0, 0, 0) + plan.count(0, 0, 1))
                + 4_000.0 * (plan.count(0, 1, 0) + plan.count(0, 1, 1)));
        verifier.verifyThat(BudgetConstraints::predictedGainIsRewarded)
                .given(value, tranche(0, 0, 0, 0), tranche(1, 0, 0, 1), tranche(2, 0, 1, 0))
                .rewardsWith(54_000L);
        verifier.verifyThat(BudgetConstraints::predictedGainIsRewarded)
                .given(value, new Tranche(0, 10_000, null))
                .rewardsWith(0L);
        PlanValue loss = new PlanValue(problem, plan -> -7_000.0 * plan.totalTranches());
        verifier.verifyThat(BudgetConstraints::predictedGainIsRewarded)
                .given(loss, tranche(0, 0, 0, 0))
                .rewardsWith(0L);
    }

    @Test
    void predictedLossIsPenalised() {
        BudgetProblem problem = twoPartners();
        PlanValue loss = new PlanValue(problem, plan -> 500 - 7_000.0 * plan.totalTranches());
        verifier.verifyThat(BudgetConstraints::predictedLossIsPenalised)
                .given(loss, tranche(0, 0, 0, 0), tranche(1, 0, 1, 1))
                .penalizesBy(14_000L);
        PlanValue gain = new PlanValue(problem, plan -> 7_000.0 * plan.totalTranches());
        verifier.verifyThat(BudgetConstraints::predictedLossIsPenalised)
                .given(gain, tranche(0, 0, 0, 0))
                .penalizesBy(0L);
    }
}
