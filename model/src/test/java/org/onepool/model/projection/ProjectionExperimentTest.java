package org.onepool.model.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Progress;
import org.onepool.model.projection.Band;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The projection of a small two-partner, two-family scenario checked against identities it must keep:
 * stocks and flows conserve in every row, year and arm; the years add up to the whole-horizon indicators;
 * an option with no effect differs from business as usual by exactly nothing; a strong retention option
 * has fewer leavers in every year after its ramp. (Whether the difference's band is narrower than either
 * arm's is measured, not asserted: on this small scenario it is not.)
 */
class ProjectionExperimentTest {
    static final String YAML = """
            name: projection test
            appraisal:
              startMonth: 2027-07
              horizonYears: 4
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 3}
              - {id: care, name: Care workers, marketSalaryGbp: 24000, grades: 2, hardToRecruit: true}
            recruitment:
              advertisingGbp: 900
              adminGbp: 700
              checksGbp: 150
              inductionGbp: 300
              timeToFillMonths: {triangular: [1, 2, 4]}
              agencyCoverShare: 0.6
              agencyPremiumRate: 0.3
            partners:
              - {id: big, name: Big Council, type: county, workforce: [%1$s, %2$s],
                 training: {inductionDays: 0, genericDaysPerHead: 3}}
              - {id: small, name: Small Council, type: district, workforce: [%1$s],
                 training: {inductionDays: 2, genericDaysPerHead: 1}}
            options:
              - id: retain
                name: Strong retention offer
                interventions:
                  - type: retention
                    rampUpMonths: 6
                    runningCostGbpPerYear: 50000
                    effects: {leavingRateReduction: 0.4}
              - id: nothing
                name: Costs and no effect
                interventions:
                  - {type: retention, setupCostGbp: 12000, runningCostGbpPerYear: 6000}
              - id: pool
                name: Shared recruitment and talent bank
                interventions:
                  - {type: sharedRecruitment, effects: {timeToFillReduction: 0.2}}
                  - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}
                  - {type: careerPaths}
            """.formatted("""
            {jobFamily: admin, headcount: 160, gradeMix: [0.6, 0.3, 0.1], salaryByGradeGbp: [23000, 28000, 35000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: {triangular: [0.12, 0.15, 0.2]}}]}}""", """
            {jobFamily: care, headcount: 120, gradeMix: [0.7, 0.3], salaryByGradeGbp: [22000, 26000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: 0.25}]}}""");

    static ExperimentResult result;
    static Projection projection;

    @BeforeAll
    static void run() throws Exception {
        var scenario = ScenarioLoader.parse(YAML, false);
        ExperimentPlan plan = new ExperimentPlan(16, 7, 2, null, false, false, 4, 4, 3);
        result = Experiment.run(scenario, "projection.yaml", "0", plan, Progress.NONE);
        projection = result.projection();
    }

    @Test
    void rowsArePartnerFamiliesThenPartnerTotalsThenFamilyTotalsThenTheOverallTotal() {
        assertThat(projection.rows()).extracting(r -> r.partnerId() + "/" + r.familyId()).containsExactly(
                "big/admin", "big/care", "big/all", "small/admin", "small/all", "all/admin", "all/care", "all/all");
        // A July start: 2027/28 is a part year of nine months, then three whole years and a part year of three.
        assertThat(projection.years()).containsExactly("2027/28", "2028/29", "2029/30", "2030/31", "2031/32");
        assertThat(projection.arms()).extracting(Projection.Arm::id).containsExactly("baseline", "retain", "nothing",
                "pool", "retain-minus-baseline", "nothing-minus-baseline", "pool-minus-baseline");
    }

    @Test
    void staffInPostAtYearEndIsTheStartPlusJoinersLessLeaversLessMovesOutPlusMovesInInEveryRowYearAndArm() {
        int years = projection.years().size();
        for (int a = 0; a < projection.arms().size(); a++) {
            for (int r = 0; r < projection.rows().size(); r++) {
                for (int y = 0; y < years; y++) {
                    double start = mean(a, r, y, ProjectionMeasure.STAFF_IN_POST_START);
                    double end = mean(a, r, y, ProjectionMeasure.STAFF_IN_POST);
                    double flows = mean(a, r, y, ProjectionMeasure.JOINERS) - mean(a, r, y, ProjectionMeasure.LEAVERS)
                            - mean(a, r, y, ProjectionMeasure.MOVES_OUT) + mean(a, r, y, ProjectionMeasure.MOVES_IN);
                    String where = projection.arms().get(a).id() + " " + projection.rows().get(r) + " year " + y;
                    assertThat(end).as(where).isCloseTo(start + flows, within(1e-9));
                    if (y > 0) {
                        assertThat(start).as(where).isCloseTo(mean(a, r, y - 1, ProjectionMeasure.STAFF_IN_POST), within(1e-9));
                    }
                }
            }
        }
        // Not a vacuous identity: staff do move between partners and between families, and people leave.
        int pool = projection.arm("pool");
        int bigAdmin = projection.row("big", "admin");
        double moves = 0;
        for (int y = 0; y < years; y++) moves += mean(pool, bigAdmin, y, ProjectionMeasure.MOVES_IN);
        assertThat(moves).isPositive();
        assertThat(mean(0, projection.row("all", "all"), 1, ProjectionMeasure.LEAVERS)).isGreaterThan(50);
    }

    @Test
    void theYearsAddUpToTheWholeHorizonIndicatorsAlreadyReported() {
        int all = projection.row("all", "all");
        int[] months = {9, 12, 12, 12, 3};
        Summary.Workforce baseline = result.summary().baseline().workforce();
        for (int a = 0; a < 4; a++) {
            Summary.Workforce indicators = a == 0 ? baseline : result.summary().options().get(a - 1).workforce();
            double leavers = 0;
            double hires = 0;
            double staffMonths = 0;
            double vacancyMonths = 0;
            double retirements = 0;
            for (int y = 0; y < months.length; y++) {
                leavers += mean(a, all, y, ProjectionMeasure.LEAVERS);
                hires += mean(a, all, y, ProjectionMeasure.HIRES);
                retirements += mean(a, all, y, ProjectionMeasure.LEAVERS_RETIREMENT);
                staffMonths += months[y] * mean(a, all, y, ProjectionMeasure.STAFF_IN_POST_MEAN);
                vacancyMonths += months[y] * mean(a, all, y, ProjectionMeasure.VACANCIES);
            }
            String arm = projection.arms().get(a).id();
            assertThat(leavers / 4).as(arm).isCloseTo(indicators.get("leaversPerYear").mean(), within(1e-6));
            assertThat(hires / 4).as(arm).isCloseTo(indicators.get("hiresPerYear").mean(), within(1e-6));
            assertThat(retirements / 4).as(arm).isCloseTo(indicators.get("retirementsPerYear").mean(), within(1e-6));
            assertThat(staffMonths / 48).as(arm).isCloseTo(indicators.get("meanStaffInPost").mean(), within(1e-6));
            assertThat(vacancyMonths / 48).as(arm).isCloseTo(indicators.get("meanOpenVacancies").mean(), within(1e-6));
        }
    }

    @Test
    void anOptionWithNoEffectDiffersFromBusinessAsUsualByExactlyNothingInEveryCell() {
        int nothing = projection.arm("nothing-minus-baseline");
        for (int r = 0; r < projection.rows().size(); r++) {
            for (int y = 0; y < projection.years().size(); y++) {
                for (ProjectionMeasure m : ProjectionMeasure.ALL) {
                    Band s = projection.get(nothing, r, y, m);
                    assertThat(s.mean()).as("%s %s %d", m, projection.rows().get(r), y).isZero();
                    if (Projection.given(projection.rows().get(r), m)) assertThat(s).isEqualTo(Band.ZERO);
                }
            }
        }
    }

    @Test
    void aStrongRetentionOptionHasFewerLeaversInEveryYearAfterItsRamp() {
        int difference = projection.arm("retain-minus-baseline");
        int all = projection.row("all", "all");
        for (int y = 1; y < projection.years().size(); y++) {
            Band d = projection.get(difference, all, y, ProjectionMeasure.LEAVERS);
            assertThat(d.mean()).as("year %d", y).isNegative();
        }
    }

    @Test
    void trainingDaysAreEachHeadsGenericDaysPlusTheInductionDaysOfEachStarterFromOutsideThePartner() {
        // Big Council: 3 generic days a head a year, no induction. Small Council: 1 generic day, 2 induction
        // days for each starter, and a starter is a joiner or someone arriving from another partner.
        int[] months = {9, 12, 12, 12, 3};
        int big = projection.row("big", "all");
        int small = projection.row("small", "all");
        double induction = 0;
        for (int a = 0; a < projection.arms().size(); a++) {
            String arm = projection.arms().get(a).id();
            for (int y = 0; y < months.length; y++) {
                String where = arm + " year " + y;
                assertThat(mean(a, big, y, ProjectionMeasure.TRAINING_DAYS)).as(where)
                        .isCloseTo(3 * months[y] * mean(a, big, y, ProjectionMeasure.STAFF_IN_POST_MEAN) / 12, within(1e-6));
                double starters = mean(a, small, y, ProjectionMeasure.JOINERS) + mean(a, small, y, ProjectionMeasure.MOVES_IN);
                assertThat(mean(a, small, y, ProjectionMeasure.TRAINING_DAYS)).as(where)
                        .isCloseTo(months[y] * mean(a, small, y, ProjectionMeasure.STAFF_IN_POST_MEAN) / 12 + 2 * starters,
                                within(1e-6));
                if (a == 0) induction += starters;
                // Families add up to their partner, partners to the whole.
                assertThat(mean(a, projection.row("big", "admin"), y, ProjectionMeasure.TRAINING_DAYS)
                        + mean(a, projection.row("big", "care"), y, ProjectionMeasure.TRAINING_DAYS)).as(where)
                        .isCloseTo(mean(a, big, y, ProjectionMeasure.TRAINING_DAYS), within(1e-6));
                assertThat(mean(a, big, y, ProjectionMeasure.TRAINING_DAYS) + mean(a, small, y, ProjectionMeasure.TRAINING_DAYS))
                        .as(where).isCloseTo(mean(a, projection.row("all", "all"), y, ProjectionMeasure.TRAINING_DAYS), within(1e-6));
            }
        }
        assertThat(induction).as("Small Council takes on staff, so induction days are tested").isGreaterThan(10);
    }

    @Test
    void thePayBillAndAgencySpendOfTheTotalsAreTheSummarysPayBill() {
        var bill = result.summary().baseline().payBill();
        for (int p = 0; p < 2; p++) {
            int row = projection.row(bill.get(p).partner(), "all");
            for (int y = 0; y < projection.years().size(); y++) {
                assertThat(mean(0, row, y, ProjectionMeasure.PAY_BILL_GBP))
                        .isCloseTo(bill.get(p).years().get(y).payBill().mean(), within(1e-3));
                assertThat(mean(0, row, y, ProjectionMeasure.AGENCY_SPEND_GBP))
                        .isCloseTo(bill.get(p).years().get(y).agencySpend().mean(), within(1e-3));
            }
        }
        assertThat(result.summary().projections().arms()).hasSize(7);
        assertThat(result.summary().projections().arms().get(0).partners()).extracting(Summary.ProjectionPartner::partner)
                .containsExactly("big", "small", "all");
    }

    private static double mean(int arm, int row, int year, ProjectionMeasure measure) {
        return projection.get(arm, row, year, measure).mean();
    }
}
