package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Small scenarios built for the analytic and behavioural tests of the simulation. */
final class TestScenarios {
    private TestScenarios() {
    }

    /**
     * Asserts two arms identical in every measure and every ledger line but the option's own set-up and
     * running costs, every month; returns {@code actual}'s set-up and running costs over the run.
     */
    static double assertIdenticalButInvestment(ArmResult expected, ArmResult actual) {
        double investment = 0;
        for (int m = 0; m < expected.series().months(); m++) {
            for (int pf = 0; pf < expected.series().pfs(); pf++) {
                for (Measure x : Measure.values()) {
                    assertThat(actual.series().get(m, pf, x)).as("month %d %s", m, x)
                            .isEqualTo(expected.series().get(m, pf, x));
                }
            }
            for (CostCategory c : CostCategory.values()) {
                if (c.isInvestment()) {
                    investment += actual.ledger().monthTotal(m, c);
                    continue;
                }
                assertThat(actual.ledger().monthTotal(m, c)).as("month %d %s", m, c)
                        .isEqualTo(expected.ledger().monthTotal(m, c));
            }
        }
        return investment;
    }

    static Scenario parse(String yaml) {
        try {
            return ScenarioLoader.parse(yaml, false);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * One partner, one job family of one grade (so no internal moves), no drivers, young staff who
     * never retire within the run: leaving is a constant monthly hazard.
     */
    static Scenario constantHazard(int headcount, double annualRate, String timeToFill, double failure, int years) {
        return parse(constantHazardYaml(headcount, annualRate, timeToFill, failure, years));
    }

    /** The text of {@link #constantHazard}, for tests that change a line of it. */
    static String constantHazardYaml(int headcount, double annualRate, String timeToFill, double failure, int years) {
        return ("""
                name: constant hazard
                appraisal: {startMonth: 2027-04, horizonYears: %d, seed: 7}
                simulation: {warmUpYears: 1}
                jobFamilies:
                  - {id: ops, name: Operations, marketSalaryGbp: 30000, grades: 1}
                recruitment:
                  advertisingGbp: 1000
                  adminGbp: 500
                  checksGbp: 100
                  inductionGbp: 200
                  timeToFillMonths: %s
                  campaignFailureProbability: %s
                partners:
                  - id: p1
                    name: Partner one
                    type: district
                    workforce:
                      - jobFamily: ops
                        headcount: %d
                        salaryByGradeGbp: [30000]
                        ageProfile: [{fromYears: 20, toYears: 25, share: 1}]
                        turnover:
                          tenureBands: [{fromYears: 0, annualRate: %s}]
                          retirementAgeYears: 80
                          drivers: {stagnationHazardRatio: 1, payGapSensitivity: 0, disengagedHazardRatio: 1}
                """.formatted(years, timeToFill, failure, headcount, annualRate));
    }

    /**
     * Three partners (one police, behind a vetting wall) sharing a poolable three-grade family, with
     * drivers on, and options: a career-paths pool, a zero-effect retention option with costs, and a
     * talent bank with shared recruitment.
     */
    static Scenario pool(int headcountEach, double annualRate) {
        return parse("""
                name: pool
                appraisal: {startMonth: 2027-04, horizonYears: 5, seed: 11}
                simulation: {crossPartnerWillingness: 0.5}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 3}
                recruitment:
                  advertisingGbp: 800
                  adminGbp: 600
                  checksGbp: 120
                  inductionGbp: 250
                  timeToFillMonths: {triangular: [1, 2, 4]}
                training:
                  specialist: []
                partners:
                  - {id: a, name: Council A, type: county, workforce: [%1$s]}
                  - {id: b, name: Council B, type: district, workforce: [%1$s]}
                  - {id: police, name: Police staff, type: police, workforce: [%1$s]}
                options:
                  - id: pool
                    name: Career paths across the pool
                    interventions:
                      - {type: careerPaths, startMonth: 0, setupCostGbp: 50000, runningCostGbpPerYear: 20000}
                  - id: nothing
                    name: Retention with no effect
                    interventions:
                      - type: retention
                        startMonth: 6
                        rampUpMonths: 6
                        setupCostGbp: 10000
                        runningCostGbpPerYear: 12000
                        effects: {leavingRateReduction: 0, careerLeavingReduction: 0, engagedShareGain: 0}
                  - id: bank
                    name: Shared recruitment and talent bank
                    interventions:
                      - {type: sharedRecruitment, effects: {campaignCostReduction: 0.2, timeToFillReduction: 0.2}}
                      - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6}}
                """.formatted("""
                {jobFamily: admin, headcount: %d, gradeMix: [0.6, 0.3, 0.1], salaryByGradeGbp: [23000, 28000, 35000],
                 turnover: {tenureBands: [{fromYears: 0, annualRate: %s}]}}""".formatted(headcountEach, annualRate)));
    }

    /**
     * Partners a and b and a walled police force, each with a poolable admin family and a non-poolable
     * operational one; one option pools recruitment (shared centre and talent bank) for everyone, with
     * the given extra talent-bank effects (YAML, may be empty).
     */
    static Scenario walledPool(String talentBankEffects) {
        return parse(walledPoolYaml(talentBankEffects));
    }

    static String walledPoolYaml(String talentBankEffects) {
        String workforce = """
                {jobFamily: admin, headcount: 400, gradeMix: [0.6, 0.4], salaryByGradeGbp: [23000, 28000],
                 turnover: {tenureBands: [{fromYears: 0, annualRate: 0.18}]}},
                {jobFamily: ops, headcount: 300, gradeMix: [0.6, 0.4], salaryByGradeGbp: [24000, 29000],
                 turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}""";
        return """
                name: walled pool
                appraisal: {startMonth: 2027-04, horizonYears: 3, seed: 5}
                simulation: {warmUpYears: 1}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 2}
                  - {id: ops, name: Operational, marketSalaryGbp: 28000, grades: 2, poolable: false}
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
                  - {id: police, name: Police, type: police, workforce: [%1$s]}
                options:
                  - id: shared
                    name: Shared recruitment
                    interventions:
                      - {type: sharedRecruitment, effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
                  - id: bank
                    name: Shared recruitment and talent bank
                    interventions:
                      - {type: sharedRecruitment, effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
                      - {type: talentBank, effects: {runnersUpPerCampaign: 1, talentBankMonths: 6%2$s}}
                """.formatted(workforce, talentBankEffects);
    }
}
