package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Replication;

/**
 * Sharing already in place: in force in business as usual (and every option) from before the start, and
 * the published check's comparison of business as usual with the partners without it.
 */
class InPlaceSharingTest {
    /** One partner, one grade (no internal moves), 400 staff leaving 20% a year, for four years. */
    private static final String BASE = """
            name: in place
            appraisal: {startMonth: 2027-04, horizonYears: 4, seed: 7}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: ops, name: Operations, marketSalaryGbp: 30000, grades: 1}
            recruitment: {advertisingGbp: 1000, adminGbp: 500, checksGbp: 100, inductionGbp: 200,
                          timeToFillMonths: {triangular: [1, 2, 4]}, campaignFailureProbability: 0.1}
            partners:
              - id: p1
                name: Partner one
                type: district
                workforce:
                  - {jobFamily: ops, headcount: 400, salaryByGradeGbp: [30000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}
            """;

    private static Scenario parse(String yaml) throws Exception {
        return ScenarioLoader.parse(yaml, false);
    }

    private static List<ArmResult> run(Scenario s) {
        return Replication.run(s, ScenarioValues.central(), 77, List.of(Arm.BASELINE, Arm.APART));
    }

    private static double total(Ledger ledger, CostCategory c) {
        double sum = 0;
        for (int m = 0; m < ledger.months(); m++) sum += ledger.monthTotal(m, c);
        return sum;
    }

    @Test
    void sharingInPlaceWithNoEffectIsBusinessAsUsualExactly() throws Exception {
        List<ArmResult> without = run(parse(BASE));
        List<ArmResult> with = run(parse(BASE + """
                inPlace:
                  - {type: jointLearning, effects: {trainingCostReduction: 0, campaignCostReduction: 0}}
                """));
        assertThat(with.get(0).ledger().toArray()).isEqualTo(without.get(0).ledger().toArray());
        assertThat(with.get(0).series().toArray()).isEqualTo(without.get(0).series().toArray());
        assertThat(with.get(1).ledger().toArray()).isEqualTo(without.get(0).ledger().toArray());
    }

    @Test
    void theModelsSavingOfSharingInPlaceIsWhatTheSharingTakesOffTheHandCalculation() throws Exception {
        // Joint HR in place halves advertising and admin per campaign. It changes no one's leaving or hiring,
        // so both arms run the same campaigns: apart pays twice what business as usual pays on those two lines,
        // and the saving is exactly business as usual's advertising and admin, a year over the four years.
        List<ArmResult> arms = run(parse(BASE + """
                inPlace:
                  - {type: jointLearning, name: Joint HR, effects: {campaignCostReduction: 0.5}}
                """));
        Ledger shared = arms.get(0).ledger();
        Ledger apart = arms.get(1).ledger();
        assertThat(java.util.Arrays.equals(arms.get(1).series().toArray(), arms.get(0).series().toArray())).isTrue();
        double sharedCampaigns = total(shared, CostCategory.ADVERTISING) + total(shared, CostCategory.RECRUITMENT_ADMIN);
        assertThat(sharedCampaigns).isGreaterThan(0);
        assertThat(total(apart, CostCategory.ADVERTISING)).isCloseTo(2 * total(shared, CostCategory.ADVERTISING), within(1e-6));
        assertThat(PublishedChecks.savingPerYear(apart, shared)).isCloseTo(sharedCampaigns / 4, within(1e-6));
    }

    @Test
    void theCheckIsInTheSummaryBesideThePublishedFigure() throws Exception {
        Scenario s = parse(BASE + """
                inPlace:
                  - {type: jointLearning, name: Joint HR, effects: {campaignCostReduction: 0.5}}
                publishedChecks:
                  - {id: claim, name: Sharing saves a lot, publishedGbpPerYear: 1000000, source: "[X] a blog",
                     covers: staffing costs}
                """);
        ExperimentPlan plan = new ExperimentPlan(4, 7, 1, null, false, false, 2, 2, 2);
        var check = Experiment.run(s, "in-place.yaml", "0", plan, Progress.NONE).summary().publishedChecks().get(0);
        assertThat(check.replications()).isEqualTo(4);
        // About 80 campaigns a year at GBP 1,500, half of it saved: some GBP 60k a year, far below GBP 1m.
        assertThat(check.modelSavingGbpPerYear().p50()).isBetween(30_000.0, 120_000.0);
        assertThat(check.modelShareOfPublished()).isCloseTo(check.modelSavingGbpPerYear().p50() / 1_000_000, within(1e-12));
    }
}
