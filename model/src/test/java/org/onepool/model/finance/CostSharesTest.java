package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Each sharing method on three partners of 100, 300 and 600 staff, with every share worked out by hand. */
class CostSharesTest {
    private static final String YAML = """
            name: cost shares
            appraisal: {startMonth: 2027-04, horizonYears: 3}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 1}
            recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 150, inductionGbp: 300, timeToFillMonths: 2,
                          agencyCoverShare: 0.5, agencyPremiumRate: 0.3}
            partners:
              - {id: a, name: A, type: district, workforce: [%s]}
              - {id: b, name: B, type: district, workforce: [%s]}
              - {id: c, name: C, type: county, workforce: [%s]}
            options:
              - {id: headcount, name: By headcount, interventions: [{type: retention, setupCostGbp: 1}]}
              - {id: headcount-ab, name: By headcount among A and B, partners: [a, b],
                 interventions: [{type: retention, setupCostGbp: 1}]}
              - {id: equal, name: Equal, costSharing: {method: equal}, interventions: [{type: retention, setupCostGbp: 1}]}
              - {id: equal-ac, name: Equal among A and C, partners: [a, c], costSharing: {method: equal},
                 interventions: [{type: retention, setupCostGbp: 1}]}
              - {id: usage, name: By use, costSharing: {method: usage}, interventions: [{type: retention, setupCostGbp: 1}]}
              - {id: usage-bc, name: By use among B and C, partners: [b, c], costSharing: {method: usage},
                 interventions: [{type: retention, setupCostGbp: 1}]}
              - {id: explicit, name: Agreed, costSharing: {method: explicit, shares: {a: 0.5, b: 0.2, c: 0.3}},
                 interventions: [{type: retention, setupCostGbp: 1}]}
            """.formatted(workforce(100), workforce(300), workforce(600));

    private static String workforce(int headcount) {
        return "{jobFamily: admin, headcount: " + headcount + ", gradeMix: [1], salaryByGradeGbp: [25000], "
                + "turnover: {tenureBands: [{fromYears: 0, annualRate: 0.1}]}}";
    }

    private final Scenario scenario = parse();

    private static Scenario parse() {
        try {
            return ScenarioLoader.parse(YAML, false);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private double[] shares(String option, double... usage) {
        Option o = scenario.option(option).orElseThrow();
        double[] shares = CostShares.of(scenario, o, usage.length == 0 ? new double[3] : usage);
        assertThat(Arrays.stream(shares).sum()).as("%s sums to 1", option).isCloseTo(1.0, within(1e-15));
        return shares;
    }

    @Test
    void byHeadcountEveryPartnerOrOnlyTheMembers() {
        assertThat(shares("headcount")).containsExactly(new double[] {0.1, 0.3, 0.6}, within(1e-15));
        assertThat(shares("headcount-ab")).containsExactly(new double[] {0.25, 0.75, 0}, within(1e-15));
    }

    @Test
    void equallyAmongTheMembers() {
        assertThat(shares("equal")).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-15));
        assertThat(shares("equal-ac")).containsExactly(new double[] {0.5, 0, 0.5}, within(1e-15));
    }

    @Test
    void byUseAndByHeadcountWhenNobodyUsedAnything() {
        assertThat(shares("usage", 10, 30, 60)).containsExactly(new double[] {0.1, 0.3, 0.6}, within(1e-15));
        // A partner outside the option pays nothing, whatever use is recorded against it.
        assertThat(shares("usage-bc", 50, 20, 60)).containsExactly(new double[] {0, 0.25, 0.75}, within(1e-15));
        assertThat(shares("usage-bc", 0, 0, 0)).containsExactly(new double[] {0, 1 / 3.0, 2 / 3.0}, within(1e-15));
    }

    @Test
    void asAgreed() {
        assertThat(shares("explicit", 99, 0, 0)).containsExactly(new double[] {0.5, 0.2, 0.3}, within(1e-15));
    }
}
