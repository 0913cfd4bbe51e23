package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.AssumptionsRegister;
import org.onepool.model.scenario.Evidence;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * Optimism bias by Green Book project category is a row of the assumptions register, sourced and graded,
 * and the tornado sweeps each uplift over its category's published range (HM Treasury 2003, table 2:
 * equipment / development capital expenditure 10% to 200%, outsourcing operating expenditure 0% to 41%).
 */
class OptimismBiasSweepTest {
    /** A cost-only option: set-up £10,000 in the first month, running £1,200 a year; one year, undiscounted in year 0. */
    private static final String YAML = """
            name: optimism bias swept
            appraisal: {startMonth: 2027-04, horizonYears: 1}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}
            recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 150, inductionGbp: 300, timeToFillMonths: 2}
            partners:
              - id: only
                name: Only Council
                type: county
                workforce:
                  - {jobFamily: admin, headcount: 40, salaryByGradeGbp: [23000],
                     turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
            options:
              - id: costs
                name: Costs only
                interventions:
                  - {type: retention, setupCostGbp: 10000}
                  - {type: careerPaths, runningCostGbpPerYear: 1200}
            """;

    private static Assumption row(List<Assumption> register, String path) {
        return register.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultsAreRowsOfTheRegisterWithTheirPublishedUpperBoundsSourcedAndGraded() throws Exception {
        Scenario s = ScenarioLoader.parse(YAML, false);
        List<Assumption> register = AssumptionsRegister.of(s);
        Assumption setup = row(register, "appraisal.optimismBias.setupUplift");
        assertThat(setup.input().value()).isEqualTo(2.0);
        assertThat(setup.input().source()).contains("[HMT-OB-2003]").contains("equipment / development");
        assertThat(setup.input().evidence()).isEqualTo(Evidence.MODERATE);
        Assumption running = row(register, "appraisal.optimismBias.runningUplift");
        assertThat(running.input().value()).isEqualTo(0.41);
        assertThat(running.input().source()).contains("[HMT-OB-2003]").contains("outsourcing");
        assertThat(row(register, "appraisal.optimismBias.setupMitigation").input().evidence()).isEqualTo(Evidence.ASSUMPTION);
        assertThat(row(register, "appraisal.optimismBias.benefitsShortfall").input().source()).contains("5.45");
    }

    /**
     * The uplifts change only the option's own costs, which are the same in every replication: on common
     * random numbers the median NPV moves by the cost difference exactly. Set-up at 10% and at 200%: 1.9 x
     * £10,000 = £19,000 apart; running at 0% and 41%: 0.41 x £1,200 = £492 apart (one year, year 0).
     */
    @Test
    void theTornadoSweepsEachUpliftOverItsCategorysPublishedRange() throws Exception {
        Scenario s = ScenarioLoader.parse(YAML, false);
        ExperimentPlan plan = new ExperimentPlan(6, 7, 1, null, true, false, 3, 1, 2);
        Summary.OptionResult o = Experiment.run(s, "x.yaml", "x", plan, Progress.NONE).summary().options().get(0);
        Summary.TornadoBar setup = o.tornado().stream()
                .filter(b -> b.input().equals("appraisal.optimismBias.setupUplift")).findFirst().orElseThrow();
        assertThat(setup.low()).isEqualTo(0.10);
        assertThat(setup.high()).isEqualTo(2.0);
        assertThat(setup.npvAtLow() - setup.npvAtHigh()).isCloseTo(1.9 * 10_000, within(1e-6));
        Summary.TornadoBar running = o.tornado().stream()
                .filter(b -> b.input().equals("appraisal.optimismBias.runningUplift")).findFirst().orElseThrow();
        assertThat(running.low()).isEqualTo(0.0);
        assertThat(running.high()).isEqualTo(0.41);
        assertThat(running.npvAtLow() - running.npvAtHigh()).isCloseTo(0.41 * 1_200, within(1e-6));
        // The main appraisal keeps the upper bounds: set-up 3 x £10,000 and running 1.41 x £1,200.
        assertThat(o.investment().mean()).isCloseTo(30_000 + 1.41 * 1_200, within(1e-6));
    }
}
