package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;

/** An intervention's endMonth: its running costs stop that month, and nothing before it changes. */
class InterventionEndTest {

    private static Scenario withOptions() throws Exception {
        return withOptions(0);
    }

    private static Scenario withOptions(double windDownGbp) throws Exception {
        String yaml = TestScenarios.constantHazardYaml(400, 0.2, "{triangular: [1, 2, 4]}", 0.1, 4) + """
                options:
                  - id: runs
                    name: Retention to the end
                    interventions:
                      - {type: retention, startMonth: 3, setupCostGbp: 5000, runningCostGbpPerYear: 12000,
                         effects: {leavingRateReduction: 0.3}}
                  - id: ends
                    name: Retention ended at month 24
                    interventions:
                      - {type: retention, startMonth: 3, endMonth: 24, setupCostGbp: 5000,
                         runningCostGbpPerYear: 12000, effects: {leavingRateReduction: 0.3}}
                  - id: stops
                    name: Retention with a stop rule that always fires at month 24
                    interventions:
                      - {type: retention, startMonth: 3, setupCostGbp: 5000, runningCostGbpPerYear: 12000,
                         effects: {leavingRateReduction: 0.3},
                         stopIf: {indicator: vacancyMonths, reductionBelow: 1, reviewMonth: 24, windDownCostGbp: %s}}
                """;
        return ScenarioLoader.parse(yaml.formatted(windDownGbp), false);
    }

    @Test
    void runningCostsStopAtTheEndMonthAndEveryMonthBeforeItIsUnchanged() throws Exception {
        Scenario s = withOptions();
        ScenarioValues values = ScenarioValues.central();
        List<ArmResult> arms = Replication.run(s, values, 77, List.of(new Arm(s.option("runs").orElseThrow(), null),
                new Arm(s.option("ends").orElseThrow(), null)));
        var runs = arms.get(0).ledger();
        var ends = arms.get(1).ledger();
        for (int m = 0; m < 24; m++) {
            for (CostCategory c : CostCategory.values()) {
                assertThat(ends.monthTotal(m, c)).as("month %d %s", m, c).isEqualTo(runs.monthTotal(m, c));
            }
        }
        assertThat(ends.monthTotal(23, CostCategory.INTERVENTION_RUNNING)).isEqualTo(1000.0);
        for (int m = 24; m < ends.months(); m++) {
            assertThat(ends.monthTotal(m, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isZero();
            assertThat(runs.monthTotal(m, CostCategory.INTERVENTION_RUNNING)).isEqualTo(1000.0);
        }
        // Its effect stops too: from month 24 the ended arm loses more staff than the one still running.
        double leftRuns = 0;
        double leftEnds = 0;
        for (int m = 24; m < ends.months(); m++) {
            for (int pf = 0; pf < arms.get(0).series().pfs(); pf++) {
                for (Measure leaving : List.of(Measure.LEAVERS_CAREER, Measure.LEAVERS_PAY, Measure.LEAVERS_OTHER)) {
                    leftRuns += arms.get(0).series().get(m, pf, leaving);
                    leftEnds += arms.get(1).series().get(m, pf, leaving);
                }
            }
        }
        assertThat(leftEnds).isGreaterThan(leftRuns);
    }

    @Test
    void aStopRuleThatAlwaysFiresAtMonth24GivesExactlyTheOptionThatEndsAtMonth24() throws Exception {
        Scenario s = withOptions();
        List<ArmResult> arms = Replication.run(s, ScenarioValues.central(), 77, List.of(Arm.BASELINE,
                new Arm(s.option("ends").orElseThrow(), null), new Arm(s.option("stops").orElseThrow(), null)));
        var ends = arms.get(1);
        var stops = arms.get(2);
        for (int m = 0; m < ends.ledger().months(); m++) {
            for (CostCategory c : CostCategory.values()) {
                assertThat(stops.ledger().monthTotal(m, c)).as("month %d %s", m, c).isEqualTo(ends.ledger().monthTotal(m, c));
            }
            for (int pf = 0; pf < ends.series().pfs(); pf++) {
                for (Measure x : Measure.values()) {
                    assertThat(stops.series().get(m, pf, x)).as("month %d %s", m, x).isEqualTo(ends.series().get(m, pf, x));
                }
            }
        }
    }

    @Test
    void aStoppedPilotPaysItsWindDownCostInTheReviewMonth() throws Exception {
        Scenario s = withOptions(7000);
        List<ArmResult> arms = Replication.run(s, ScenarioValues.central(), 77, List.of(Arm.BASELINE,
                new Arm(s.option("ends").orElseThrow(), null), new Arm(s.option("stops").orElseThrow(), null)));
        assertThat(arms.get(2).ledger().monthTotal(24, CostCategory.INTERVENTION_RUNNING)).isEqualTo(7000.0);
        assertThat(arms.get(1).ledger().monthTotal(24, CostCategory.INTERVENTION_RUNNING)).isZero();
        // Without business as usual in the replication there is nothing to review against: it never stops.
        List<ArmResult> alone = Replication.run(s, ScenarioValues.central(), 77,
                List.of(new Arm(s.option("stops").orElseThrow(), null)));
        assertThat(alone.get(0).ledger().monthTotal(30, CostCategory.INTERVENTION_RUNNING)).isEqualTo(1000.0);
    }
}
