package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The Shapley axioms on coalition values by simulation: four partners, two of them identical (b and c), one
 * (d) whose staff are all in a family that may not be pooled, so a pooling option cannot reach it.
 */
class FairSharesTest {
    private static final String WORKFORCE = """
            {jobFamily: admin, headcount: %d, gradeMix: [0.6, 0.4], salaryByGradeGbp: [23000, 28000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}""";
    private static final String OPS = """
            {jobFamily: ops, headcount: 150, gradeMix: [0.6, 0.4], salaryByGradeGbp: [24000, 29000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}""";

    /** The appraisal, simulation, job families (business support, and operational staff who may not be pooled) and recruitment. */
    private static final String COMMON = """
                appraisal: {startMonth: 2027-04, horizonYears: 3, seed: 9}
                simulation: {warmUpYears: 1, crossPartnerWillingness: 0.6}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 2}
                  - {id: ops, name: Operational, marketSalaryGbp: 28000, grades: 2, poolable: false}
                recruitment:
                  advertisingGbp: 900
                  adminGbp: 700
                  checksGbp: 120
                  inductionGbp: 250
                  timeToFillMonths: {triangular: [2, 3, 5]}
                  campaignFailureProbability: 0.15
                """;

    static Scenario fourPartners() throws Exception {
        String yaml = "name: four partners\n" + COMMON + """
                partners:
                  - {id: a, name: Council A, type: county, workforce: [%s]}
                  - {id: b, name: Council B, type: district, workforce: [%s]}
                  - {id: c, name: Council C, type: district, workforce: [%s]}
                  - {id: d, name: Fire service, type: fire, workforce: [%s]}
                options:
                  - id: pool
                    name: Shared recruitment and career paths
                    interventions:
                      - {type: sharedRecruitment, setupCostGbp: 30000, runningCostGbpPerYear: 15000,
                         effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
                      - {type: careerPaths, partners: [a, b, c], setupCostGbp: 10000}
                  - id: pool-effects
                    name: The pool's effects, free
                    interventions:
                      - {type: sharedRecruitment, effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
                      - {type: careerPaths, partners: [a, b, c]}
                  - id: pool-costs
                    name: The pool's costs, no effect
                    interventions:
                      - {type: retention, jobFamilies: [admin], setupCostGbp: 30000, runningCostGbpPerYear: 15000,
                         effects: {leavingRateReduction: 0}}
                      - {type: retention, partners: [a, b, c], jobFamilies: [admin], setupCostGbp: 10000,
                         effects: {leavingRateReduction: 0}}
                """.formatted(WORKFORCE.formatted(300), WORKFORCE.formatted(200), WORKFORCE.formatted(200), OPS);
        return ScenarioLoader.parse(yaml, false);
    }

    private static FairShare run(Scenario s, String option, int exactUpTo) {
        FairShares.Settings settings = new FairShares.Settings(4, 31, 2, exactUpTo, 1.0, 200, 600);
        return new FairShares(s, option, settings).run(new Summary.ScenarioInfo(s.name(), "test", "0"), Progress.NONE);
    }

    private static double shapley(FairShare f, String partner) {
        return f.partners().stream().filter(p -> p.partner().equals(partner)).findFirst().orElseThrow().shapleyGbp();
    }

    @Test
    void exactValuesAreEfficientGiveTheNullPlayerZeroAndSplitIdenticalPartnersAlike() throws Exception {
        Scenario s = fourPartners();
        FairShare f = run(s, "pool", 6);
        assertThat(f.method()).isEqualTo("exact");
        assertThat(f.coalitionsEvaluated()).isEqualTo(15);
        assertThat(f.core().exhaustive()).isTrue();
        // Efficiency: the values add up to the full pool's NPSV.
        assertThat(f.shapleySumGbp()).isCloseTo(f.grandCoalitionGbp(), within(1e-6 * Math.abs(f.grandCoalitionGbp())));
        // The full pool is the option as `run` appraises it, on the same seeds.
        ExperimentPlan plan = new ExperimentPlan(4, 31, 2, List.of("pool"), false, false, 2, 2, 2, 0);
        double run = Experiment.run(s, "test", "0", plan, Progress.NONE).summary().options().get(0).npv().mean();
        assertThat(f.grandCoalitionGbp()).isCloseTo(run, within(1e-6 * Math.abs(run)));
        // Null player: the fire service's staff may not be pooled, so joining changes nothing, exactly.
        assertThat(shapley(f, "d")).isZero();
        // The side payments move money between partners and add up to nothing.
        double payments = f.partners().stream().mapToDouble(FairShare.PartnerShare::sidePaymentGbp).sum();
        assertThat(payments).isCloseTo(0, within(1e-6 * Math.abs(f.grandCoalitionGbp())));
        // Symmetry: b and c are alike but for their random staff; equal within three standard errors.
        FairShare.PartnerShare b = f.partners().get(1);
        FairShare.PartnerShare c = f.partners().get(2);
        double se = Math.hypot(b.replicationStandardErrorGbp(), c.replicationStandardErrorGbp());
        assertThat(Math.abs(b.shapleyGbp() - c.shapleyGbp())).isLessThanOrEqualTo(3 * se);
        assertThat(b.shapleyGbp()).isNotEqualTo(shapley(f, "a"));
    }

    @Test
    void anOptionSplitIntoItsEffectsAndItsCostsAddsUp() throws Exception {
        Scenario s = fourPartners();
        FairShare whole = run(s, "pool", 6);
        FairShare effects = run(s, "pool-effects", 6);
        FairShare costs = run(s, "pool-costs", 6);
        for (String p : List.of("a", "b", "c", "d")) {
            double sum = shapley(effects, p) + shapley(costs, p);
            assertThat(shapley(whole, p)).as(p).isCloseTo(sum, within(1e-6 * Math.abs(whole.grandCoalitionGbp())));
        }
        // Costs alone: the partners reached share them; the fire service, reached by neither, bears none.
        assertThat(shapley(costs, "d")).isZero();
        for (String p : List.of("a", "b", "c")) assertThat(shapley(costs, p)).as(p).isNegative();
    }

    @Test
    void sampledValuesAgreeWithExactOnesWithinTwoStandardErrors() throws Exception {
        Scenario s = fourPartners();
        FairShare exact = run(s, "pool", 6);
        FairShare sampled = run(s, "pool", 0);
        assertThat(sampled.method()).isEqualTo("sampled");
        assertThat(sampled.shapleySumGbp()).isCloseTo(sampled.grandCoalitionGbp(),
                within(1e-6 * Math.abs(sampled.grandCoalitionGbp())));
        for (int i = 0; i < 4; i++) {
            FairShare.PartnerShare e = exact.partners().get(i);
            FairShare.PartnerShare x = sampled.partners().get(i);
            assertThat(Math.abs(x.shapleyGbp() - e.shapleyGbp())).as(e.partner())
                    .isLessThanOrEqualTo(2 * x.samplingStandardErrorGbp() + 1e-6);
        }
    }
    /**
     * A contractor whose staff may join the pool joins and leaves with the council that commissions it: one
     * player, not two, so three partners make two players and three groups, and the values still add up.
     */
    @Test
    void aContractorIsCountedWithTheCouncilThatCommissionsIt() throws Exception {
        String yaml = "name: a council, its contractor and a district\n" + COMMON + """
                partners:
                  - {id: a, name: Council A, type: county, workforce: [%s]}
                  - {id: k, name: Contractor K, type: contractor, workforce: [%s],
                     contract: {commissionedBy: a, staffPoolable: true, costsFallToCommissioner: true}}
                  - {id: b, name: Council B, type: district, workforce: [%s]}
                options:
                  - id: pool
                    name: Shared recruitment
                    interventions:
                      - {type: sharedRecruitment, setupCostGbp: 30000, runningCostGbpPerYear: 15000,
                         effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
                """.formatted(WORKFORCE.formatted(300), WORKFORCE.formatted(150), WORKFORCE.formatted(200));
        Scenario s = ScenarioLoader.parse(yaml, false);
        FairShare f = run(s, "pool", 6);
        assertThat(f.partners()).extracting(FairShare.PartnerShare::partner).containsExactly("a", "b");
        assertThat(f.partners().get(0).name()).isEqualTo("Council A with Contractor K");
        assertThat(f.coalitionsPossible()).isEqualTo(3);
        assertThat(f.shapleySumGbp()).isCloseTo(f.grandCoalitionGbp(), within(1e-6 * Math.abs(f.grandCoalitionGbp())));
        // The council's row carries its contractor's cost share (the council pays it) and net position.
        assertThat(f.partners().get(0).costShare() + f.partners().get(1).costShare()).isCloseTo(1, within(1e-9));
        assertThat(f.partners().get(0).costShare()).isCloseTo(450.0 / 650, within(1e-9));
    }
}
