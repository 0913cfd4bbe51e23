package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * Employer image: more suitable applicants per campaign, so fewer failed campaigns and a shorter time to
 * fill, by the Poisson model of model/ODD.md; an effect that fades after the spend stops.
 */
class EmployerImageTest {

    /** One partner, one grade (no internal appointments), campaigns of exactly 2 months that fail half the time. */
    private static Scenario scenario() {
        return TestScenarios.parse(TestScenarios.constantHazardYaml(2000, 0.2, "2", 0.5, 12)
                .replace("warmUpYears: 1", "warmUpYears: 3") + """
                options:
                  - id: image
                    name: Twice the applicants
                    interventions:
                      - {type: employerImage, setupCostGbp: 20000, runningCostGbpPerYear: 6000,
                         effects: {applicantsPerCampaignGain: 1}}
                  - id: nothing
                    name: An image campaign that draws no one
                    interventions:
                      - {type: employerImage, setupCostGbp: 20000, runningCostGbpPerYear: 6000,
                         effects: {applicantsPerCampaignGain: 0}}
                """);
    }

    /** Per replication: {failure share of campaigns, mean months from opening to filling}. */
    private static double[][] perReplication(Scenario s, int arm, int replications) {
        double[][] out = new double[replications][];
        for (int rep = 0; rep < replications; rep++) {
            List<ArmResult> arms = Replication.run(s, ScenarioValues.central(), 100 + rep, List.of(Arm.BASELINE,
                    new Arm(s.option("image").orElseThrow(), null)));
            ArmResult r = arms.get(arm);
            double fills = 0;
            double fillMonths = 0;
            double campaigns = 0;
            // From month 24: vacancies opened before month 0 (campaigns launched without the image) are filled by then.
            for (int m = 24; m < r.series().months(); m++) {
                fills += r.series().total(m, Measure.FILLS_COMPLETED);
                fillMonths += r.series().total(m, Measure.FILL_MONTHS);
                campaigns += r.ledger().monthTotal(m, CostCategory.ADVERTISING) / 1000; // GBP 1,000 an advert
            }
            out[rep] = new double[] {1 - fills / campaigns, fillMonths / fills};
        }
        return out;
    }

    private static void assertWithinThreeStandardErrors(double[][] reps, int k, double expected) {
        double mean = 0;
        for (double[] r : reps) mean += r[k] / reps.length;
        double var = 0;
        for (double[] r : reps) var += (r[k] - mean) * (r[k] - mean) / (reps.length - 1);
        double se = Math.sqrt(var / reps.length);
        assertThat(mean).isCloseTo(expected, within(3 * se));
    }

    @Test
    void twiceTheApplicantsSquaresTheFailureChanceAndCutsTimeToFillByTheGeometricCount() {
        // Hand calculation. Suitable applicants Poisson(λ), P = exp(-λ) = 0.5; twice the applicants:
        // P' = exp(-2λ) = 0.5^2 = 0.25. Campaigns per vacancy are geometric, mean 1/(1 - P); each lasts
        // 2 months and a failed one is rerun at once, so time to fill is 2/(1 - P): 4 months before,
        // 2/0.75 = 2.667 months after. The failure share of campaigns is P itself. Stationary arrivals (a
        // constant hazard, three years of warm-up), so fills completed from month 24 are neither censored nor
        // carried over from campaigns launched before the image.
        Scenario s = scenario();
        double[][] base = perReplication(s, 0, 8);
        double[][] image = perReplication(s, 1, 8);
        assertWithinThreeStandardErrors(base, 0, 0.5);
        assertWithinThreeStandardErrors(base, 1, 4.0);
        assertWithinThreeStandardErrors(image, 0, 0.25);
        assertWithinThreeStandardErrors(image, 1, 2.0 / 0.75);
    }

    @Test
    void anImageThatDrawsNoOneReproducesBusinessAsUsualApartFromItsCostsWhichAreInterventionCosts() {
        Scenario s = scenario();
        List<ArmResult> arms = Replication.run(s, ScenarioValues.central(), 3, List.of(Arm.BASELINE,
                new Arm(s.option("nothing").orElseThrow(), null)));
        var nothing = arms.get(1);
        TestScenarios.assertIdenticalButInvestment(arms.get(0), nothing);
        double setup = 0;
        double running = 0;
        for (int m = 0; m < nothing.ledger().months(); m++) {
            setup += nothing.ledger().monthTotal(m, CostCategory.INTERVENTION_SETUP);
            running += nothing.ledger().monthTotal(m, CostCategory.INTERVENTION_RUNNING);
        }
        // Set-up once in month 0, GBP 500 a month of running cost over the 144 months: the option's costs,
        // in both cases as cash, of its one partner.
        assertThat(setup).isEqualTo(20000.0);
        assertThat(running).isCloseTo(144 * 500.0, within(1e-6));
        assertThat(CostCategory.INTERVENTION_RUNNING.inEconomicCase()).isTrue();
        assertThat(CostCategory.INTERVENTION_RUNNING.inFinancialCase(false)).isTrue();
    }

    @Test
    void afterTheSpendStopsTheEffectHalvesEveryHalfLife() {
        Intervention in = LeadInTest.intervention(
                "{type: employerImage, rampUpMonths: 4, endMonth: 12, decayHalfLifeMonths: 6}");
        assertThat(in.strengthAt(11)).isEqualTo(1.0);
        // From the end month, one month's decay already: 2^(-1/6); six months later half of that.
        assertThat(in.strengthAt(12)).isCloseTo(Math.pow(0.5, 1 / 6.0), within(1e-12));
        assertThat(in.strengthAt(17)).isCloseTo(0.5, within(1e-12));
        assertThat(in.strengthAt(29)).isCloseTo(0.125, within(1e-12));
        assertThat(in.runsIn(12)).isFalse();
        // Ended mid-ramp (strength 0.5 in month 1), it fades from there.
        Intervention early = LeadInTest.intervention(
                "{type: employerImage, rampUpMonths: 4, endMonth: 2, decayHalfLifeMonths: 1}");
        assertThat(early.strengthAt(2)).isCloseTo(0.25, within(1e-12));
        // Without a half-life the effect stops at the end month, as before.
        Intervention stops = LeadInTest.intervention("{type: employerImage, endMonth: 12}");
        assertThat(stops.strengthAt(12)).isZero();
    }
}
