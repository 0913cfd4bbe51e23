package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.Replication;

class WorkforceIndicatorsTest {
    private static final double RATE = 0.20;

    /** One grade, no drivers, nobody retiring: a constant monthly hazard 1 - (1 - 20%)^(1/12). */
    private static Scenario constantHazard(String startMonth) throws ScenarioException {
        return oneGrade(startMonth, "", "timeToFillMonths: 1", 3000);
    }

    /** One partner of one grade on £30,000, no drivers, nobody retiring, with these simulation and recruitment lines. */
    private static Scenario oneGrade(String startMonth, String simulation, String recruitment, int headcount)
            throws ScenarioException {
        return ScenarioLoader.parse("""
                name: constant hazard
                appraisal: {startMonth: %s, horizonYears: 3, seed: 7}
                simulation: {warmUpYears: 1%s}
                jobFamilies:
                  - {id: ops, name: Operations, marketSalaryGbp: 30000, grades: 1}
                recruitment:
                  advertisingGbp: 1000
                  adminGbp: 500
                  checksGbp: 100
                  inductionGbp: 200
                  %s
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
                """.formatted(startMonth, simulation, recruitment, headcount, RATE), false);
    }

    /**
     * A constant 20% hazard with an October start: the first financial year has six months, annualised. The
     * mean over replications must be the stated rate within three standard errors of that mean, taken from
     * the replications' own spread (annualising a half year roughly doubles its error, so a binomial error over
     * the cohorts would be too tight). Unannualised part years read about 18.3%, far outside.
     */
    @Test
    void withAnOctoberStartTheCohortTurnoverIsTheCompoundedMonthlyHazardNotPulledDownByPartYears()
            throws ScenarioException {
        Scenario s = constantHazard("2027-10");
        int reps = 40;
        double[] rates = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            var result = Replication.run(s, ScenarioValues.central(), rep, List.of(Arm.BASELINE)).get(0);
            rates[rep] = WorkforceIndicators.of(result).annualTurnoverRate();
        }
        var stats = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(rates);
        double se = stats.getStandardDeviation() / Math.sqrt(reps);
        assertThat(se).isLessThan(0.003);
        assertThat(stats.getMean()).isBetween(RATE - 3 * se, RATE + 3 * se);
    }

    /**
     * The bundled social-work scenario states the DfE's all-cause turnover and sets time to fill and
     * campaign failure so that Little's law gives its vacancy rate: business as usual must reproduce the
     * national figures for children and family social workers, year to 30 September 2023, within a point.
     */
    @Test
    void theSocialWorkScenarioReproducesTheDfeTurnoverVacancyRateAndAgencyCoverWithinAPoint() throws ScenarioException {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/social-work-retention.yaml"));
        int reps = 30;
        double turnover = 0;
        double vacancy = 0;
        double agency = 0;
        for (int rep = 0; rep < reps; rep++) {
            var result = Replication.run(s, ScenarioValues.central(), 500 + rep, List.of(Arm.BASELINE)).get(0);
            WorkforceIndicators w = WorkforceIndicators.of(result);
            turnover += w.leaversOverStaffInPostRate() / reps;
            vacancy += w.vacancyRate() / reps;
            agency += w.agencyCoverShare() / reps;
        }
        // 5,255 FTE leavers / 33,119 FTE in post; 7,744 vacancies / (7,744 + 33,119); 74.4% of vacancies agency-covered.
        assertThat(turnover).isBetween(0.159 - 0.01, 0.159 + 0.01);
        assertThat(vacancy).isBetween(0.189 - 0.01, 0.189 + 0.01);
        assertThat(agency).isBetween(0.744 - 0.01, 0.744 + 0.01);
    }
    /**
     * Agency spend in full is the charge up to the covered posts' pay and on-costs plus the premium above it:
     * with every vacancy covered, a 30% premium on salary and 25% on-costs, spend = premium x (1 + 1.25 / 0.3),
     * and the premium alone is what {@code agencyPremiumGbpPerYear} carries.
     */
    @Test
    void agencySpendInFullIsThePremiumPlusThePayOfTheCoveredPosts() throws ScenarioException {
        Scenario s = oneGrade("2027-04", ", employerOnCostRate: 0.25",
                "timeToFillMonths: 3\n  agencyCoverShare: 1\n  agencyPremiumRate: 0.3", 1000);
        var result = Replication.run(s, ScenarioValues.central(), 3, List.of(Arm.BASELINE)).get(0);
        WorkforceIndicators w = WorkforceIndicators.of(result);
        assertThat(w.agencyPremiumGbpPerYear()).isPositive();
        assertThat(w.agencySpendGbpPerYear()).isCloseTo(w.agencyPremiumGbpPerYear() * (1 + 1.25 / 0.3),
                org.assertj.core.api.Assertions.within(1e-6 * w.agencySpendGbpPerYear()));
        // And the premium is the rate on the salary of the covered post-months.
        double coveredPostMonthsPerYear = w.agencyCoverShare() * w.meanOpenVacancies() * 12;
        assertThat(w.agencyPremiumGbpPerYear()).isCloseTo(coveredPostMonthsPerYear * 30000 / 12 * 0.3,
                org.assertj.core.api.Assertions.within(1e-6 * w.agencyPremiumGbpPerYear()));
    }
}
