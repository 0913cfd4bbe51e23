package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.AssumptionsRegister;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Each warning fires on an option built to trigger it, and not on the options built not to. */
class WarningsTest {
    private static final String YAML = """
            name: warnings
            appraisal: {startMonth: 2027-04, horizonYears: 4}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 3}
            recruitment:
              advertisingGbp: 600
              adminGbp: 600
              checksGbp: 500
              inductionGbp: 0
              timeToFillMonths: 2
              agencyCoverShare: 1
              agencyPremiumRate: 0.3
            partners:
              - id: p1
                name: Council
                type: county
                workforce:
                  - {jobFamily: admin, headcount: 400, gradeMix: [0.6, 0.3, 0.1], salaryByGradeGbp: [23000, 28000, 35000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}
            options:
              - id: cheap
                name: Retention for almost nothing
                interventions:
                  - type: retention
                    setupCostGbp: 500
                    effects: {leavingRateReduction: {value: 0.3, source: "a trial", evidence: strong}}
              - id: spread
                name: Cheaper campaigns
                interventions:
                  - type: sharedRecruitment
                    runningCostGbpPerYear: 20000
                    effects: {campaignCostReduction: {value: 0.5, source: "a trial", evidence: strong}}
              - id: assumed
                name: Retention resting on an assumption, with cheaper campaigns
                interventions:
                  - type: retention
                    name: Retention on a hunch
                    runningCostGbpPerYear: 200000
                    effects: {leavingRateReduction: {value: 0.2, source: "a hunch", evidence: assumption}}
                  - type: sharedRecruitment
                    name: Cheaper campaigns
                    effects: {campaignCostReduction: {value: 0.3, source: "a trial", evidence: strong}}
            """;

    @Test
    void eachWarningFiresOnTheOptionBuiltForItAndNoOther() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(YAML, false);
        ExperimentPlan plan = new ExperimentPlan(16, 3, 2, null, true, false, 8, 4, 3);
        Summary summary = Experiment.run(s, "w.yaml", "0", plan, Progress.NONE).summary();
        List<String> w = summary.warnings();
        assertThat(w).filteredOn(x -> x.contains("benefit-cost ratio")).singleElement().asString().startsWith("cheap:");
        assertThat(w).filteredOn(x -> x.contains("graded assumption")).singleElement().asString()
                .startsWith("assumed: 'Retention on a hunch'");
        // Cheaper campaigns alone save mostly advertising; retention spreads its saving over every campaign
        // line and the agency premium (every vacancy covered), and so does the mix of the two.
        assertThat(w).filteredOn(x -> x.contains("one saving line")).singleElement().asString()
                .startsWith("spread: one saving line, advertising");
        assertThat(w).hasSize(3);
        assertThat(Warnings.beforeRun(s, AssumptionsRegister.of(s))).singleElement().asString()
                .startsWith("assumed: 'Retention on a hunch'");
    }
}
