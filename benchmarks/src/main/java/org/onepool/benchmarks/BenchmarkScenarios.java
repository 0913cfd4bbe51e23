package org.onepool.benchmarks;

import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Scenarios of a chosen size: ten partners sharing three job families with drivers on. */
final class BenchmarkScenarios {
    private BenchmarkScenarios() {
    }

    static Scenario ofStaff(int staff) {
        StringBuilder partners = new StringBuilder();
        int perRow = Math.max(1, staff / 30);
        for (int p = 0; p < 10; p++) {
            partners.append("""
                      - id: p%d
                        name: Partner %d
                        type: %s
                        workforce:
                          - {jobFamily: admin, headcount: %d, gradeMix: [0.5, 0.3, 0.15, 0.05], salaryByGradeGbp: [22000, 27000, 33000, 42000], turnover: {tenureBands: [{fromYears: 0, toYears: 2, annualRate: 0.2}, {fromYears: 2, annualRate: 0.11}]}}
                          - {jobFamily: care, headcount: %d, salaryByGradeGbp: [24000, 29000, 36000, 45000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.25}]}}
                          - {jobFamily: prof, headcount: %d, salaryByGradeGbp: [32000, 40000, 50000, 65000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.12}]}}
                    """.formatted(p, p, p == 9 ? "police" : "district", perRow, perRow, perRow));
        }
        String yaml = """
                name: benchmark %d staff
                appraisal: {startMonth: 2027-04, horizonYears: 10, seed: 1}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000}
                  - {id: care, name: Social care, marketSalaryGbp: 29000, hardToRecruit: true}
                  - {id: prof, name: Professional, marketSalaryGbp: 45000}
                recruitment:
                  advertisingGbp: 800
                  adminGbp: 600
                  checksGbp: 120
                  inductionGbp: 250
                  timeToFillMonths: {triangular: [1, 2.5, 5]}
                partners:
                %s
                options:
                  - id: pool
                    name: Pool
                    interventions:
                      - {type: sharedRecruitment, rampUpMonths: 12, effects: {campaignCostReduction: 0.2}}
                      - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}
                      - {type: careerPaths, rampUpMonths: 12}
                """.formatted(staff, partners.toString().indent(0).replaceAll("(?m)^", ""));
        try {
            return ScenarioLoader.parse(yaml, false);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
