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
                """;
        return ScenarioLoader.parse(yaml, false);
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
}
