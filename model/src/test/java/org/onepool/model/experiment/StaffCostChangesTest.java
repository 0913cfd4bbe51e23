package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * One HR function through a scenario file: partner a removes 3 FTE of HR administration at £30,000 a year
 * each (pay and on-costs) and the host, b, adds 2 FTE of the new function at £36,000, from month 3 of one
 * year with no optimism bias. Hand calculation: a saves 3 × 30,000 / 12 = £7,500 a month, b pays 2 ×
 * 36,000 / 12 = £6,000 a month, each over months 3 to 11 (9 months): a saves £67,500, b pays £54,000, in
 * the hrStaff line of each partner's own cells (never re-split by the cost-sharing rule), cash in the
 * financial case and a resource in the economic case; net £13,500.
 */
class StaffCostChangesTest {
    private static final String YAML = """
            name: one HR function
            appraisal:
              startMonth: 2027-04
              horizonYears: 1
              optimismBias: {costUplift: 0, mitigation: 0, benefitsShortfall: 0}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}
            recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 150, inductionGbp: 300, timeToFillMonths: 2}
            partners:
              - id: a
                name: Council A
                type: county
                workforce:
                  - {jobFamily: admin, headcount: 40, salaryByGradeGbp: [23000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
              - id: b
                name: Council B
                type: district
                workforce:
                  - {jobFamily: admin, headcount: 30, salaryByGradeGbp: [23000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
            options:
              - id: hr
                name: One HR function
                costSharing: {method: explicit, shares: {a: 0.5, b: 0.5}}
                interventions:
                  - type: hrFunction
                    startMonth: 1
                    leadInMonths: 2
                    staffCostChanges:
                      - {partner: a, role: HR administrator, fteChange: -3A, costPerFteGbpPerYear: 30000}
                      - {partner: b, role: HR function officer, fteChange: 2B, costPerFteGbpPerYear: 36000}
            """;

    private static OptionAppraisal appraised(String removed, String added) throws ScenarioException {
        Scenario s = ScenarioLoader.parse(YAML.replace("-3A", removed).replace("2B", added), false);
        ExperimentPlan plan = new ExperimentPlan(1, 5, 1, null, false, false, 1, 1, 1);
        return new Experiment(s, plan).replicate(0, 1).get(0).options().get(0).appraisal();
    }

    @Test
    void removedPostsAreTheHoldersSavingAndAddedPostsTheHostsCostInBothCases() throws Exception {
        OptionAppraisal hr = appraised("-3", "2");
        int a = 0;
        int b = 1;
        int hrStaff = CostCategory.HR_STAFF.ordinal();
        // Financial case: cash, nominal; no pay awards stated, so year 0's pay index is 1.
        assertThat(hr.financial().cell(a, hrStaff, 0)).isCloseTo(67_500, within(1e-6));
        assertThat(hr.financial().cell(b, hrStaff, 0)).isCloseTo(-54_000, within(1e-6));
        // Economic case: the same resource, real (year 0's real earnings factor is 1).
        assertThat(hr.cell(a, CostCategory.HR_STAFF, 0)).isCloseTo(67_500, within(1e-6));
        assertThat(hr.cell(b, CostCategory.HR_STAFF, 0)).isCloseTo(-54_000, within(1e-6));
        // Nothing else moves: the option has no other cost or effect, so its NPSV is the net of the posts.
        assertThat(hr.npv()).isCloseTo(13_500, within(1e-6));
        assertThat(hr.financial().totalNet()).isCloseTo(13_500, within(1e-6));
    }

    @Test
    void noChangeOfPostsIsBusinessAsUsualExactly() throws Exception {
        OptionAppraisal none = appraised("0", "0");
        assertThat(none.npv()).isZero();
        assertThat(none.financial().totalNet()).isZero();
    }
}
