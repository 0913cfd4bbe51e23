package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The value of a pilot as an option: each option with a stop rule also runs with the rule switched off on the
 * same replications. A rule that never fires changes nothing (share 0, difference exactly 0); one that always
 * fires gives exactly the option ended at the review month, and without it, exactly the option never stopped.
 */
class StopRuleValueTest {
    private static final String RETENTION = "type: retention, startMonth: 3, setupCostGbp: 5000, "
            + "runningCostGbpPerYear: 12000, effects: {leavingRateReduction: 0.3}";

    private static Scenario scenario() throws Exception {
        return ScenarioLoader.parse("""
                name: stop rules
                appraisal: {startMonth: 2027-04, horizonYears: 3, seed: 3}
                simulation: {warmUpYears: 1}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}
                recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 120, inductionGbp: 250,
                              timeToFillMonths: {triangular: [2, 3, 5]}}
                partners:
                  - {id: a, name: Council A, type: county, workforce: [{jobFamily: admin, headcount: 200,
                     salaryByGradeGbp: [25000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}]}
                options:
                  - id: runs
                    name: Retention to the end
                    interventions: [{%1$s}]
                  - id: ends
                    name: Retention ended at month 24
                    interventions: [{%1$s, endMonth: 24}]
                  - id: never
                    name: A rule that never fires (vacancies need only not rise)
                    interventions: [{%1$s, stopIf: {indicator: vacancyMonths, reductionBelow: 0, reviewMonth: 24}}]
                  - id: always
                    name: A rule that always fires (vacancies would have to vanish)
                    interventions: [{%1$s, stopIf: {indicator: vacancyMonths, reductionBelow: 1, reviewMonth: 24}}]
                """.formatted(RETENTION), false);
    }

    @Test
    void aRuleThatNeverFiresIsWorthNothingAndOneThatAlwaysFiresIsTheOptionEndedAtItsReview() throws Exception {
        Summary s = Experiment.run(scenario(), "x.yaml", "0", new ExperimentPlan(4, 11, 2, null, false, false, 2, 2, 2),
                Progress.NONE).summary();
        Summary.OptionResult runs = s.options().get(0);
        Summary.OptionResult ends = s.options().get(1);
        Summary.OptionResult never = s.options().get(2);
        Summary.OptionResult always = s.options().get(3);
        assertThat(runs.stopRules()).isNull();
        assertThat(ends.stopRules()).isNull();

        Summary.StopRules n = never.stopRules();
        assertThat(n.rules()).singleElement().satisfies(r -> {
            assertThat(r.shareStopped()).isZero();
            assertThat(r.reviewMonth()).isEqualTo(24);
            assertThat(r.indicator()).isEqualTo("vacancyMonths");
        });
        assertThat(n.difference()).isEqualTo(Stats.ZERO);
        assertThat(n.differenceMeanStandardError()).isZero();
        assertThat(n.npvWithRules()).isEqualTo(n.npvWithoutRules()).isEqualTo(runs.npv()).isEqualTo(never.npv());

        Summary.StopRules a = always.stopRules();
        assertThat(a.rules()).singleElement().satisfies(r -> assertThat(r.shareStopped()).isEqualTo(1.0));
        assertThat(a.npvWithRules()).isEqualTo(ends.npv()).isEqualTo(always.npv());
        assertThat(a.npvWithoutRules()).isEqualTo(runs.npv());
        // Stopping a retention scheme that works costs value: every replication loses by it.
        assertThat(a.difference().p90()).isNegative();
        assertThat(a.difference().mean()).isCloseTo(ends.npv().mean() - runs.npv().mean(),
                within(1e-9 * Math.abs(runs.npv().mean())));
        assertThat(a.differenceMeanStandardError()).isPositive();
    }

    @Test
    void theOptionWithoutItsRulesKeepsEverythingElse() throws Exception {
        var option = scenario().option("always").orElseThrow();
        var without = StopRuleArms.withoutStopRules(option);
        assertThat(StopRuleArms.hasStopRule(without)).isFalse();
        assertThat(without.interventions().get(0).stopIf()).isNull();
        assertThat(without).usingRecursiveComparison().ignoringFields("interventions").isEqualTo(option);
        assertThat(without.interventions()).usingRecursiveComparison().ignoringFields("stopIf")
                .isEqualTo(List.copyOf(option.interventions()));
    }
}
