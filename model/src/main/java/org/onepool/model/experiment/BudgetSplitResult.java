package org.onepool.model.experiment;

import java.util.List;

/**
 * What `onepool optimise` found, as written to budget-plan.json. Every NPV is verified: simulated on
 * fresh replications the surface was not fitted on. Money in GBP; years are appraisal (financial) years.
 *
 * @param recommended id of the recommended plan: the optimised plan with the best verified objective
 * @param plans       the optimised candidates, then the naive plans
 */
public record BudgetSplitResult(Summary.ScenarioInfo scenario, String version, long seed, Question question,
                                List<LeverInfo> levers, Surface surface, String recommended, List<PlanResult> plans,
                                double seconds) {

    /** The question asked and how it was answered. */
    public record Question(String option, String optionName, double budgetGbp, int years, List<String> yearLabels,
                           double trancheGbp, Double annualCapGbp, String objective, int designPoints,
                           int designReplications, int verificationReplications, int threads) {
    }

    /** One lever and its dose-response. */
    public record LeverInfo(String name, String type, double halfEffectGbpPerHead, double minSpendGbp,
                            Double maxSpendGbp, double plannedSpendGbp, Integer effectLastsYears,
                            double coveredHeadcount) {
    }

    /**
     * The fitted response surface.
     *
     * @param rSquared on the design points' mean NPV
     * @param rmseGbp  on the design points' mean NPV
     * @param designPoints plans simulated, refinements included
     */
    public record Surface(int features, int designPoints, double rSquared, double rmseGbp,
                          List<Refinement> refinements) {
    }

    /**
     * One round of sequential design: the surface's optimum was simulated on the design replications
     * before being added; the gap between prediction and simulation shows the surface learning.
     */
    public record Refinement(int round, int plansAdded, double predictedMeanGbp, double simulatedMeanGbp) {
    }

    /** One cell of a plan. */
    public record Allocation(String lever, String partner, String year, double spendGbp) {
    }

    /** A named amount. */
    public record Amount(String name, double gbp) {
    }

    /**
     * One plan, verified.
     *
     * @param kind               optimised or naive
     * @param withinLimits       whether it keeps the annual cap and every lever's minimum and maximum
     * @param verifiedNpv        NPV over the verification replications
     * @param probabilityPositive share of verification replications with NPV above 0
     * @param predictedMeanGbp   the surface's expected NPV for the plan
     * @param predictedP10Gbp    the surface's P10 NPV for the plan
     * @param surfaceErrorMeanGbp predicted minus verified mean NPV
     * @param surfaceErrorP10Gbp  predicted minus verified P10 NPV
     * @param versusRecommended  this plan's NPV less the recommended plan's, paired by replication
     */
    public record PlanResult(String id, String name, String kind, double totalGbp, boolean withinLimits,
                             List<Amount> byLever, List<Amount> byYear, List<Amount> byPartner,
                             List<Allocation> allocations, Stats verifiedNpv, double probabilityPositive,
                             double predictedMeanGbp, double predictedP10Gbp, double surfaceErrorMeanGbp,
                             double surfaceErrorP10Gbp, Stats versusRecommended) {
    }

    public PlanResult recommendedPlan() {
        return plans.stream().filter(p -> p.id().equals(recommended)).findFirst().orElseThrow();
    }
}
