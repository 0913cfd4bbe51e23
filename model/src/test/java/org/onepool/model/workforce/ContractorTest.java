package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.CostShares;
import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * Contractors in the pool: a contractor whose contract keeps its staff out is a null player (its staff
 * exactly as in business as usual, and it pays nothing), and one whose costs fall to the commissioning
 * council has every cost booked at the council and none at itself.
 */
class ContractorTest {

    /** Council a, council b and a contractor of a's, each with a poolable admin family; every option covers everyone. */
    private static Scenario withContractor(boolean staffPoolable, boolean costsFallToCommissioner) {
        String workforce = """
                {jobFamily: admin, headcount: 150, gradeMix: [0.6, 0.4], salaryByGradeGbp: [23000, 28000],
                 turnover: {tenureBands: [{fromYears: 0, annualRate: 0.18}]}}""";
        return TestScenarios.parse("""
                name: contractor
                appraisal: {startMonth: 2027-04, horizonYears: 2, seed: 5}
                simulation: {warmUpYears: 1, crossPartnerWillingness: 0.5}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 2}
                recruitment:
                  advertisingGbp: 800
                  adminGbp: 600
                  checksGbp: 120
                  inductionGbp: 250
                  timeToFillMonths: {triangular: [1, 2, 4]}
                  campaignFailureProbability: 0.1
                partners:
                  - {id: a, name: Council A, type: county, workforce: [%1$s]}
                  - {id: b, name: Council B, type: district, workforce: [%1$s]}
                  - id: c
                    name: Contractor of A
                    type: contractor
                    contract: {commissionedBy: a, staffPoolable: %2$s, costsFallToCommissioner: %3$s}
                    workforce: [%1$s]
                options:
                  - id: everything
                    name: Pool, bank, shared recruitment and retention
                    interventions:
                      - {type: sharedRecruitment, setupCostGbp: 30000, runningCostGbpPerYear: 12000,
                         effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
                      - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}
                      - {type: careerPaths}
                      - {type: retention, effects: {leavingRateReduction: 0.2}}
                """.formatted(workforce, staffPoolable, costsFallToCommissioner));
    }

    private static List<ArmResult> run(Scenario s) {
        return Replication.run(s, ScenarioValues.central(), 9, List.of(Arm.BASELINE,
                new Arm(s.option("everything").orElseThrow(), null)));
    }

    @Test
    void aContractorWhoseTermsForbidPoolingIsANullPlayer() {
        Scenario s = withContractor(false, false);
        List<ArmResult> arms = run(s);
        ArmResult bau = arms.get(0);
        ArmResult option = arms.get(1);
        int contractor = 2;
        int pf = new Parameters(s, ScenarioValues.central()).layout.pf(contractor, 0);
        boolean othersMoved = false;
        for (int m = 0; m < bau.ledger().months(); m++) {
            for (CostCategory c : CostCategory.values()) {
                assertThat(option.ledger().get(m, contractor, c)).as("month %d %s", m, c)
                        .isEqualTo(bau.ledger().get(m, contractor, c));
            }
            for (Measure x : Measure.ALL) {
                assertThat(option.series().get(m, pf, x)).as("month %d %s", m, x).isEqualTo(bau.series().get(m, pf, x));
                othersMoved |= option.series().get(m, 0, x) != bau.series().get(m, 0, x);
            }
        }
        assertThat(othersMoved).as("the option does reach the councils").isTrue();
        double[] shares = CostShares.of(s, s.option("everything").orElseThrow(), new double[3]);
        assertThat(shares).containsExactly(0.5, 0.5, 0.0);
    }

    /**
     * The same draws with the contractor's costs passed through: the council's ledger is its own plus the
     * contractor's, category by category and month by month (up to the order of additions), and the
     * contractor's is empty, in business as usual and in the option; the contractor's cost share is the
     * council's.
     */
    @Test
    void theCostsOfAContractorWhoseContractSaysSoFallToTheCommissioningCouncil() {
        Scenario own = withContractor(true, false);
        Scenario passed = withContractor(true, true);
        List<ArmResult> ownArms = run(own);
        List<ArmResult> passedArms = run(passed);
        for (int arm = 0; arm < 2; arm++) {
            Ledger apart = ownArms.get(arm).ledger();
            Ledger together = passedArms.get(arm).ledger();
            double contractorCosts = 0;
            for (int m = 0; m < apart.months(); m++) {
                for (CostCategory c : CostCategory.values()) {
                    assertThat(together.get(m, 2, c)).as("arm %d month %d %s at the contractor", arm, m, c).isZero();
                    double expected = apart.get(m, 0, c) + apart.get(m, 2, c);
                    if (expected == 0) assertThat(together.get(m, 0, c)).isZero();
                    else assertThat(together.get(m, 0, c)).as("arm %d month %d %s", arm, m, c)
                            .isCloseTo(expected, withinPercentage(1e-9));
                    assertThat(together.get(m, 1, c)).isEqualTo(apart.get(m, 1, c));
                    contractorCosts += Math.abs(apart.get(m, 2, c));
                }
            }
            assertThat(contractorCosts).isPositive();
        }
        assertThat(CostShares.of(own, own.option("everything").orElseThrow(), new double[3]))
                .containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertThat(CostShares.of(passed, passed.option("everything").orElseThrow(), new double[3]))
                .containsExactly(2 / 3.0, 1 / 3.0, 0.0);
    }
}
