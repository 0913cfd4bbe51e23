package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * Downsizing with dignity: a planned establishment reduction made in business as usual and in the option
 * alike; business as usual redeploys within the partner and makes the rest redundant (statutory and
 * contractual parts, pension strain for those old enough), the redeployment pool places staff at risk in
 * other partners' vacancies first, retraining each.
 */
class DownsizingTest {
    private static final String AT_SIXTY = "[{fromYears: 60, toYears: 62, share: 1}]";
    private static final String AT_THIRTY = "[{fromYears: 30, toYears: 40, share: 1}]";

    /**
     * Partner a (one grade, nobody leaves, so no vacancy of its own ever opens) cuts {@code cut} posts at
     * month 0; partner b (nobody leaves) grows 50% a year; no generic training, so training is retraining only; so vacancies open at b every month:
     * 100 x (1.5^(m/12) - 1) by month m, 18 by month 5. Staff at risk wait 6 months (months 0 to 5).
     */
    private static Scenario scenario(int headcountA, int cut, String agesA, String partnerA) {
        String row = """
                {jobFamily: admin, headcount: %d, salaryByGradeGbp: [25000], ageProfile: %s,%s
                 turnover: {tenureBands: [{fromYears: 0, annualRate: 0}], retirementAgeYears: 80,
                            drivers: {stagnationHazardRatio: 1, payGapSensitivity: 0, disengagedHazardRatio: 1}}}""";
        String reduction = cut < 0 ? "" : " establishmentReduction: {posts: " + cut + ", month: 0},";
        return TestScenarios.parse("""
                name: downsizing
                appraisal: {startMonth: 2027-04, horizonYears: 2, seed: 3}
                simulation: {warmUpYears: 0, redeploymentMonths: 6}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 25000, grades: 1}
                recruitment: {advertisingGbp: 800, adminGbp: 600, checksGbp: 120, inductionGbp: 250, timeToFillMonths: 2}
                training: {genericCostPerHeadGbp: 0, specialist: []}
                partners:
                  - {id: a, name: Council A, type: district, redundancyCostGbp: 12000, redundancyEnhancementGbp: 8000,
                     pensionStrainGbp: 50000%s, workforce: [%s]}
                  - {id: b, name: Council B, type: district, workforce: [%s]}
                options:
                  - id: pool
                    name: Redeployment across the pool
                    interventions:
                      - {type: redeploymentPool, effects: {retrainingCostGbpPerMove: 3000}}
                """.formatted(partnerA, row.formatted(headcountA, agesA, reduction),
                row.formatted(100, AT_THIRTY, " establishmentChangePerYear: 0.5,")));
    }

    private static List<ArmResult> run(Scenario s, long seed) {
        return Replication.run(s, ScenarioValues.central(), seed,
                List.of(Arm.BASELINE, new Arm(s.option("pool").orElseThrow(), null)));
    }

    private static double total(Ledger ledger, int partner, CostCategory category) {
        double sum = 0;
        for (int m = 0; m < ledger.months(); m++) sum += ledger.get(m, partner, category);
        return sum;
    }

    @Test
    void aZeroReductionIsBusinessAsUsualExactlyAndSoIsThePoolWithNobodyAtRisk() {
        List<ArmResult> none = run(scenario(100, -1, AT_SIXTY, ""), 5);
        List<ArmResult> zero = run(scenario(100, 0, AT_SIXTY, ""), 5);
        for (int arm = 0; arm < 2; arm++) {
            assertThat(zero.get(arm).ledger().toArray()).isEqualTo(none.get(arm).ledger().toArray());
            assertThat(zero.get(arm).series().toArray()).isEqualTo(none.get(arm).series().toArray());
        }
        // Nobody at risk: the pool has nobody to place, so the option is business as usual to the penny.
        assertThat(zero.get(1).ledger().toArray()).isEqualTo(zero.get(0).ledger().toArray());
        assertThat(zero.get(1).series().toArray()).isEqualTo(zero.get(0).series().toArray());
    }

    @Test
    void thePoolRedeploysTheStaffAtRiskAndAvoidsTheRedundanciesOfTheHandCalculation() {
        List<ArmResult> arms = run(scenario(100, 10, AT_SIXTY, ""), 5);
        ArmResult base = arms.get(0);
        ArmResult pool = arms.get(1);
        // Business as usual: a has no vacancy of its own, so the 10 at risk are made redundant after 6 months:
        // 10 x (12,000 statutory + 8,000 contractual) = 200,000, and all are 60 or over: 10 x 50,000 strain.
        assertThat(base.series().total(Measure.LEAVERS_REDUNDANCY)).isEqualTo(10);
        assertThat(total(base.ledger(), 0, CostCategory.REDUNDANCY)).isEqualTo(200_000.0);
        assertThat(total(base.ledger(), 0, CostCategory.PENSION_STRAIN)).isEqualTo(500_000.0);
        assertThat(base.series().total(Measure.HIRES_REDEPLOYMENT)).isZero();
        // The option: b opens 18 vacancies by month 5, so all 10 move there, each retrained at b's cost
        // (10 x 3,000); no redundancy, no strain, and a pays no training.
        assertThat(pool.series().total(Measure.LEAVERS_REDUNDANCY)).isZero();
        assertThat(pool.series().total(Measure.HIRES_REDEPLOYMENT)).isEqualTo(10);
        assertThat(total(pool.ledger(), 0, CostCategory.REDUNDANCY)).isZero();
        assertThat(total(pool.ledger(), 0, CostCategory.PENSION_STRAIN)).isZero();
        assertThat(total(pool.ledger(), 1, CostCategory.TRAINING)).isEqualTo(30_000.0);
        assertThat(total(pool.ledger(), 0, CostCategory.TRAINING)).isZero();
    }

    @Test
    void pensionStrainIsCashToThePartnerButNotAResourceCostRedundancyIsBoth() {
        var plan = new org.onepool.model.experiment.ExperimentPlan(3, 7, 1, null, false, false, 2, 2, 2);
        var summary = org.onepool.model.experiment.Experiment.run(scenario(100, 10, AT_SIXTY, ""), "d.yaml", "0", plan,
                org.onepool.model.experiment.Progress.NONE).summary();
        var option = summary.options().get(0);
        // Economic case lines: redundancy avoided (10 x 20,000 in every replication), no pension strain line.
        assertThat(option.byCategory()).noneMatch(c -> c.category().equals("pensionStrain"));
        assertThat(option.byCategory()).filteredOn(c -> c.category().equals("redundancy"))
                .singleElement().satisfies(c -> assertThat(c.netSaving().mean()).isEqualTo(200_000.0));
        // Financial case: both, the strain 10 x 50,000 (no pay awards stated, so nominal = base prices).
        assertThat(option.financial().byCategory()).filteredOn(c -> c.category().equals("pensionStrain"))
                .singleElement().satisfies(c -> assertThat(c.netSaving().mean()).isEqualTo(500_000.0));
        assertThat(option.financial().byCategory()).filteredOn(c -> c.category().equals("redundancy"))
                .singleElement().satisfies(c -> assertThat(c.netSaving().mean()).isEqualTo(200_000.0));
    }

    @Test
    void thePensionStrainFollowsTheSimulatedAges() {
        // Everyone at a is 30 to 40: redundancy releases no pension, so no strain, the same redundancy pay.
        ArmResult young = run(scenario(100, 10, AT_THIRTY, ""), 5).get(0);
        assertThat(total(young.ledger(), 0, CostCategory.REDUNDANCY)).isEqualTo(200_000.0);
        assertThat(total(young.ledger(), 0, CostCategory.PENSION_STRAIN)).isZero();
        // 60 to 62 but the pension age 65: none either.
        ArmResult later = run(scenario(100, 10, AT_SIXTY, ", pensionStrainFromAgeYears: 65"), 5).get(0);
        assertThat(total(later.ledger(), 0, CostCategory.PENSION_STRAIN)).isZero();
        // Half 30-40, half 60-62, 200 of 1,000 posts cut: those at risk are whoever the index order gives, so
        // the over-55s among the 200 are binomial(200, 0.5): 100, sd 7.1; within four sd of it.
        String mixed = "[{fromYears: 30, toYears: 40, share: 0.5}, {fromYears: 60, toYears: 62, share: 0.5}]";
        ArmResult half = run(scenario(1000, 200, mixed, ""), 5).get(0);
        double strainCases = total(half.ledger(), 0, CostCategory.PENSION_STRAIN) / 50_000;
        assertThat(half.series().total(Measure.LEAVERS_REDUNDANCY)).isEqualTo(200);
        assertThat(strainCases).isEqualTo(Math.rint(strainCases)).isBetween(72.0, 128.0);
    }
}
