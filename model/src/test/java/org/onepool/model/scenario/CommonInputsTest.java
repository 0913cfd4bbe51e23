package org.onepool.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.input.ScenarioLoader;

/** An uncertain input with an id is one quantity: one draw per replication, in every option that states it. */
class CommonInputsTest {
    private static final String YAML = """
            name: common inputs
            appraisal: {startMonth: 2027-04, horizonYears: 3, seed: 1}
            jobFamilies: [{id: admin, name: Admin, marketSalaryGbp: 26000, grades: 1}]
            recruitment: {advertisingGbp: 600, adminGbp: 500, checksGbp: 100, inductionGbp: 300, timeToFillMonths: 2}
            partners:
              - {id: a, name: A, type: county, workforce: [{jobFamily: admin, headcount: 100, salaryByGradeGbp: [25000],
                 turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}]}
            options:
              - id: one
                name: One
                interventions:
                  - {type: retention, effects: {leavingRateReduction: {triangular: [0, 0.1, 0.3]%1$s}}}
              - id: two
                name: Two
                interventions:
                  - {type: retention, setupCostGbp: 1000, effects: {leavingRateReduction: {triangular: [0, 0.1, %2$s]%1$s}}}
            """;

    private static Scenario parse(String id, String high) throws ScenarioException {
        return ScenarioLoader.parse(YAML.formatted(id, high), false);
    }

    private static Uncertain reduction(Scenario s, String option) {
        return s.option(option).orElseThrow().interventions().get(0).effects().get(Effect.LEAVING_RATE_REDUCTION);
    }

    @Test
    void twoOptionsThatShareAnInputDrawTheSameValueInEachReplication() throws Exception {
        Scenario shared = parse(", id: flex-reduction", "0.3");
        Scenario apart = parse("", "0.3");
        List<Assumption> sharedRegister = AssumptionsRegister.of(shared);
        List<Assumption> apartRegister = AssumptionsRegister.of(apart);
        int differ = 0;
        for (int r = 0; r < 20; r++) {
            ScenarioValues s = ScenarioValues.sample(sharedRegister, new Well19937c(r));
            assertThat(s.of(reduction(shared, "two"))).isEqualTo(s.of(reduction(shared, "one")));
            ScenarioValues a = ScenarioValues.sample(apartRegister, new Well19937c(r));
            if (a.of(reduction(apart, "two")) != a.of(reduction(apart, "one"))) differ++;
        }
        assertThat(differ).as("without an id the two are drawn independently").isEqualTo(20);
        // Moving the input for sensitivity moves it in both options.
        ScenarioValues moved = ScenarioValues.central().with(reduction(shared, "one"), 0.25);
        assertThat(moved.of(reduction(shared, "two"))).isEqualTo(0.25);
    }

    @Test
    void inputsWithTheSameIdMustStateTheSameDistribution() {
        assertThat(catchThrowable(() -> parse(", id: flex-reduction", "0.4")))
                .hasMessageContaining("options[1].interventions[0].effects.leavingRateReduction")
                .hasMessageContaining("flex-reduction")
                .hasMessageContaining("options[0].interventions[0].effects.leavingRateReduction");
    }
}
