package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * An intervention's lead-in: from its start month its costs are paid, but its effects wait for the end of
 * the lead-in, and its ramp-up starts only then.
 */
class LeadInTest {

    private static Scenario scenario() {
        return TestScenarios.parse(TestScenarios.constantHazardYaml(400, 0.2, "{triangular: [1, 2, 4]}", 0.1, 4) + """
                options:
                  - id: lead-in
                    name: Retention from month 3 with a six-month lead-in
                    interventions:
                      - {type: retention, startMonth: 3, leadInMonths: 6, setupCostGbp: 5000,
                         runningCostGbpPerYear: 12000, effects: {leavingRateReduction: 0.3, timeToFillReduction: 0.2}}
                  - id: later
                    name: The same retention started at month 9, with no lead-in
                    interventions:
                      - {type: retention, startMonth: 9, setupCostGbp: 5000,
                         runningCostGbpPerYear: 12000, effects: {leavingRateReduction: 0.3, timeToFillReduction: 0.2}}
                  - id: never
                    name: A lead-in that lasts the whole horizon
                    interventions:
                      - {type: sharedRecruitment, startMonth: 1, leadInMonths: 47, setupCostGbp: 5000, runningCostGbpPerYear: 12000,
                         effects: {campaignCostReduction: 0.5, timeToFillReduction: 0.5}}
                """);
    }

    /** An intervention as a scenario file states it. */
    static Intervention intervention(String yaml) {
        try {
            return org.onepool.model.scenario.input.ScenarioLoader.yaml().readValue(yaml, Intervention.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theRampUpStartsAfterTheLeadIn() {
        Intervention in = intervention("{type: retention, startMonth: 2, leadInMonths: 3, rampUpMonths: 4}");
        // Months 0-1 before the start, 2-4 the lead-in: no effect. Then a quarter more each month from month 5.
        double[] expected = {0, 0, 0, 0, 0, 0.25, 0.5, 0.75, 1, 1};
        for (int m = 0; m < expected.length; m++) assertThat(in.strengthAt(m)).as("month %d", m).isEqualTo(expected[m]);
        assertThat(in.runsIn(2)).isTrue();
    }

    @Test
    void duringTheLeadInCostsArePaidAndNothingElseMoves() {
        Scenario s = scenario();
        List<ArmResult> arms = Replication.run(s, ScenarioValues.central(), 31, List.of(
                new Arm(s.option("lead-in").orElseThrow(), null), new Arm(s.option("later").orElseThrow(), null)));
        var leadIn = arms.get(0);
        var later = arms.get(1);
        // Effects from month 9 in both: the workforce is identical in every month, on common random numbers.
        TestScenarios.assertIdenticalButInvestment(later, leadIn);
        // Costs from month 3: set-up then, and GBP 1,000 a month of running cost over the six lead-in months.
        assertThat(leadIn.ledger().monthTotal(3, CostCategory.INTERVENTION_SETUP)).isEqualTo(5000.0);
        assertThat(later.ledger().monthTotal(9, CostCategory.INTERVENTION_SETUP)).isEqualTo(5000.0);
        for (int m = 3; m < 9; m++) {
            assertThat(leadIn.ledger().monthTotal(m, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isEqualTo(1000.0);
            assertThat(later.ledger().monthTotal(m, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isZero();
        }
    }

    @Test
    void aLeadInOverTheWholeHorizonReproducesBusinessAsUsualApartFromItsCosts() {
        Scenario s = scenario();
        List<ArmResult> arms = Replication.run(s, ScenarioValues.central(), 5, List.of(Arm.BASELINE,
                new Arm(s.option("never").orElseThrow(), null)));
        double investment = TestScenarios.assertIdenticalButInvestment(arms.get(0), arms.get(1));
        // From month 1 to the end: set-up, and 47 months of running cost.
        assertThat(investment).isEqualTo(5000.0 + 47 * 1000.0);
    }
}
