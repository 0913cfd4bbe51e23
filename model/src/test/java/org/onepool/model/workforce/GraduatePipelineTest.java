package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * The graduate scheme's pipeline against hand calculations on one partner with one family of one grade:
 * trainees paid while training and thinned to the completion rate, completers guaranteed a post (or a
 * supernumerary one), and completers' leaving by year since completion.
 */
class GraduatePipelineTest {
    private static final double ON_COST = 0.25;

    /** One partner, one grade; the option's graduate scheme with the given effects (YAML flow map body). */
    private static Scenario scheme(int headcount, double annualRate, int years, String effects) {
        String yaml = TestScenarios.constantHazardYaml(headcount, annualRate, "{triangular: [1, 2, 4]}", 0.1, years)
                .replace("simulation: {warmUpYears: 1}",
                        "simulation: {warmUpYears: 1, employerOnCostRate: " + ON_COST + "}")
                + """
                options:
                  - id: scheme
                    name: Graduate scheme
                    interventions:
                      - {type: graduateScheme, effects: {%s}}
                """.formatted(effects);
        return TestScenarios.parse(yaml);
    }

    private static List<ArmResult> run(Scenario s) {
        return Replication.run(s, ScenarioValues.central(), 41, List.of(Arm.BASELINE,
                new Arm(s.option("scheme").orElseThrow(), null)));
    }

    @Test
    void aSchemeWithNoIntakeIsBusinessAsUsualExactly() {
        List<ArmResult> arms = run(scheme(400, 0.2, 4, "entrantsPerYear: 0, trainingMonths: 12, "
                + "traineeSalaryGbpPerYear: 20000, completionRate: 0.8, completerLeavingMultiplierYear1: 3"));
        ArmResult bau = arms.get(0);
        ArmResult option = arms.get(1);
        for (int m = 0; m < bau.ledger().months(); m++) {
            for (CostCategory c : CostCategory.values()) {
                assertThat(option.ledger().monthTotal(m, c)).as("month %d %s", m, c).isEqualTo(bau.ledger().monthTotal(m, c));
            }
            for (Measure x : Measure.ALL) {
                assertThat(option.series().get(m, 0, x)).as("month %d %s", m, x).isEqualTo(bau.series().get(m, 0, x));
            }
        }
    }

    /**
     * Nobody leaves or retires, so no post ever opens: every completer waits in a supernumerary post.
     * Hand calculation: one entrant a month from month 0, six months' training, everyone completes. In
     * month m the trainees are min(m + 1, 6), each paid 18,000 / 12 x 1.25 = 1,875; from month 6 one
     * completer a month, so m - 5 supernumeraries at the end of month m, each paid 30,000 / 12 x 1.25 =
     * 3,125. Over 36 months: 5 x 6 / 2 + 31 x 6 = 201 trainee-months and 1 + ... + 30 = 465 supernumerary
     * months.
     */
    @Test
    void withNoPostEverOpenEveryCompleterIsSupernumeraryAndTheCostIsTheHandCalculation() {
        List<ArmResult> arms = run(scheme(50, 0, 3, "entrantsPerYear: 12, trainingMonths: 6, "
                + "traineeSalaryGbpPerYear: 18000, completionRate: 1"));
        ArmResult bau = arms.get(0);
        ArmResult option = arms.get(1);
        double traineeMonths = 0;
        double supernumeraryMonths = 0;
        for (int m = 0; m < 36; m++) {
            assertThat(bau.series().get(m, 0, Measure.VACANCIES)).as("no vacancy in business as usual").isZero();
            double trainees = Math.min(m + 1, 6);
            double waiting = Math.max(0, m - 5);
            assertThat(option.series().get(m, 0, Measure.TRAINEES)).as("month %d", m).isCloseTo(trainees, within(1e-9));
            assertThat(option.series().get(m, 0, Measure.SUPERNUMERARIES)).as("month %d", m).isEqualTo(waiting);
            assertThat(option.ledger().get(m, 0, CostCategory.TRAINEE_PAY)).isCloseTo(trainees * 1875, within(1e-6));
            assertThat(option.ledger().get(m, 0, CostCategory.SUPERNUMERARY_PAY)).isCloseTo(waiting * 3125, within(1e-6));
            assertThat(option.series().get(m, 0, Measure.HIRES_GRADUATE)).isZero();
            traineeMonths += trainees;
            supernumeraryMonths += waiting;
        }
        assertThat(traineeMonths).isEqualTo(201);
        assertThat(supernumeraryMonths).isEqualTo(465);
        // Nothing else moves: no post opened, so the rest of the ledger is business as usual's.
        for (int m = 0; m < 36; m++) {
            assertThat(option.ledger().monthTotal(m, CostCategory.PAY_IN_POST))
                    .isEqualTo(bau.ledger().monthTotal(m, CostCategory.PAY_IN_POST));
        }
    }

    /**
     * The guarantee is the scheme's, not one partner's: partner a never opens a post (nobody leaves), partner
     * b loses a fifth of its 400 staff a year, and the scheme's 24 entrants a year are split over the two by
     * posts (12 each). Every completer trained at a is placed at b, so a never pays a supernumerary post and
     * b hires all 24 a year: from month 3 on, 2 a month (as whole completers: 1 + 1 every month).
     */
    @Test
    void aCompleterWithNoPostAtTheirOwnPartnerTakesOneAtAnotherPartnerInTheScheme() {
        String partner = """
                  - id: %s
                    name: Partner %1$s
                    type: district
                    workforce:
                      - {jobFamily: ops, headcount: 400, salaryByGradeGbp: [30000],
                         ageProfile: [{fromYears: 20, toYears: 25, share: 1}],
                         turnover: {tenureBands: [{fromYears: 0, annualRate: %s}], retirementAgeYears: 80,
                                    drivers: {stagnationHazardRatio: 1, payGapSensitivity: 0, disengagedHazardRatio: 1}}}
                """;
        Scenario s = TestScenarios.parse("""
                name: two partners
                appraisal: {startMonth: 2027-04, horizonYears: 2, seed: 7}
                simulation: {warmUpYears: 1}
                jobFamilies:
                  - {id: ops, name: Operations, marketSalaryGbp: 30000, grades: 1}
                recruitment: {advertisingGbp: 1000, adminGbp: 500, checksGbp: 100, inductionGbp: 200,
                              timeToFillMonths: 2, campaignFailureProbability: 0.1}
                partners:
                """ + partner.formatted("a", 0) + partner.formatted("b", 0.2) + """
                options:
                  - id: scheme
                    name: Graduate scheme
                    interventions:
                      - {type: graduateScheme, effects: {entrantsPerYear: 24, trainingMonths: 3, completionRate: 1}}
                """);
        ArmResult option = run(s).get(1);
        for (int m = 0; m < 24; m++) {
            assertThat(option.series().get(m, 0, Measure.SUPERNUMERARIES)).as("month %d", m).isZero();
            assertThat(option.series().get(m, 0, Measure.HIRES_GRADUATE)).as("month %d", m).isZero();
            assertThat(option.series().get(m, 1, Measure.HIRES_GRADUATE)).as("month %d", m).isEqualTo(m < 3 ? 0 : 2);
            assertThat(option.ledger().get(m, 0, CostCategory.SUPERNUMERARY_PAY)).isZero();
        }
    }

    /**
     * Completion rate 0.49 over two months: each month's entrant is thinned by 0.7 a month, so 0.49 of them
     * completes two months later and trainees in steady state are 1 + 0.7 = 1.7. Whole completers by the
     * end of month m (m >= 2): floor(0.49 (m - 1)), all waiting, since no post opens.
     */
    @Test
    void theCompletionRateThinsEachCohortAndOnlyWholeCompletersTakeSupernumeraryPosts() {
        ArmResult option = run(scheme(50, 0, 2, "entrantsPerYear: 12, trainingMonths: 2, "
                + "traineeSalaryGbpPerYear: 12000, completionRate: 0.49")).get(1);
        for (int m = 2; m < 24; m++) {
            assertThat(option.series().get(m, 0, Measure.COMPLETERS)).as("month %d", m).isCloseTo(0.49, within(1e-12));
            assertThat(option.series().get(m, 0, Measure.TRAINEES)).isCloseTo(1.7, within(1e-12));
            assertThat(option.ledger().get(m, 0, CostCategory.TRAINEE_PAY)).isCloseTo(1.7 * 1000 * 1.25, within(1e-6));
            assertThat(option.series().get(m, 0, Measure.SUPERNUMERARIES)).as("month %d", m)
                    .isEqualTo(Math.floor(0.49 * (m - 1) + 1e-9));
        }
    }

    /**
     * Completers' leaving: with posts open (20% turnover in 2,000 posts), completers take grade-1 posts at
     * once. Their year-1 multiplier is 3 and later years' 0, so a completer placed in month m leaves with
     * probability 1 - (1 - 3p)^min(12, H - m), p = 1 - 0.8^(1/12) the monthly probability, and never after.
     * The count of completers who leave is a sum of independent Bernoulli draws: within four standard deviations
     * of its mean.
     */
    @Test
    void completersLeaveByTheirYearSinceCompletionMultiplier() {
        int horizon = 48;
        ArmResult option = run(scheme(2000, 0.2, 4, "entrantsPerYear: 240, trainingMonths: 3, completionRate: 1, "
                + "completerLeavingMultiplierYear1: 3, completerLeavingMultiplierYear2: 0, "
                + "completerLeavingMultiplierYear3On: 0")).get(1);
        double p = 3 * (1 - Math.pow(0.8, 1.0 / 12));
        double mean = 0;
        double variance = 0;
        double placed = 0;
        double left = 0;
        for (int m = 0; m < horizon; m++) {
            double hires = option.series().get(m, 0, Measure.HIRES_GRADUATE);
            double q = 1 - Math.pow(1 - p, Math.min(12, horizon - m));
            mean += hires * q;
            variance += hires * q * (1 - q);
            placed += hires;
            left += option.series().get(m, 0, Measure.COMPLETER_LEAVERS);
            assertThat(option.series().get(m, 0, Measure.SUPERNUMERARIES)).as("a post was open").isZero();
        }
        assertThat(placed).isEqualTo(20 * 45);
        assertThat(left).isCloseTo(mean, within(4 * Math.sqrt(variance)));
        // Year 2 on, nobody: had the multiplier been 1 throughout, about 0.2 x 900 x 2 more would have left.
        assertThat(mean).isBetween(300.0, 420.0);
    }
}
