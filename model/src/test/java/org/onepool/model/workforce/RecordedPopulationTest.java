package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.scenario.ScenarioValues;

/** A scenario whose population is recorded in a companion file: month 0 is those staff, calibrated. */
class RecordedPopulationTest {
    @TempDir
    Path temp;

    /** Two partners: "a" recorded in the file, "b" synthetic. */
    private static String scenario(String drivers, String retirement) {
        return """
                name: recorded
                appraisal: {startMonth: 2025-04, horizonYears: 2, seed: 3}
                simulation: {warmUpYears: 0}
                jobFamilies:
                  - {id: ops, name: Operations, marketSalaryGbp: 30000, grades: 2}
                recruitment: {advertisingGbp: 1, adminGbp: 1, checksGbp: 1, inductionGbp: 1, timeToFillMonths: 2}
                partners:
                  - id: a
                    name: Recorded partner
                    type: district
                    workforce:
                      - jobFamily: ops
                        headcount: %1$s
                        gradeMix: [0.75, 0.25]
                        salaryByGradeGbp: [30000]
                        turnover:
                          tenureBands: [{fromYears: 0, toYears: 2, annualRate: 0.25}, {fromYears: 2, annualRate: 0.10}]
                          retirementAgeYears: %3$s
                          drivers: %2$s
                  - id: b
                    name: Synthetic partner
                    type: district
                    workforce:
                      - jobFamily: ops
                        headcount: 200
                        salaryByGradeGbp: [30000]
                        turnover:
                          tenureBands: [{fromYears: 0, annualRate: 0.15}]
                population: {file: staff.csv, asOf: 2025-03}
                """.formatted(4000, drivers, retirement);
    }

    private static final String NO_DRIVERS = "{stagnationHazardRatio: 1, payGapSensitivity: 0, disengagedHazardRatio: 1}";

    /** 4,000 staff: three quarters joined in the last two years, the rest long-serving; ages 20-29. */
    private static List<String> people() {
        SplittableRandom random = new SplittableRandom(5);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            int grade = i % 4 == 3 ? 2 : 1;
            int monthsAgo = i < 3000 ? random.nextInt(24) : 24 + random.nextInt(120);
            java.time.YearMonth joined = java.time.YearMonth.of(2025, 3).minusMonths(monthsAgo);
            String inPost = i % 2 == 0 ? joined.plusMonths(monthsAgo / 2).toString() : "";
            rows.add("a,ops," + grade + ",20-29," + joined + "," + inPost);
        }
        return rows;
    }

    private Scenario load(String text, List<String> rows) throws IOException, ScenarioException {
        Files.writeString(temp.resolve("scenario.yaml"), text);
        Files.writeString(temp.resolve("staff.csv"), "# test population\npartner,jobFamily,grade,ageBand,joined,inPostSince\n"
                + String.join("\n", rows) + "\n");
        return ScenarioLoader.load(temp.resolve("scenario.yaml"));
    }

    @Test
    void monthZeroHoldsTheRecordedStaffForTheirPartnerAndSyntheticStaffForTheOther() throws Exception {
        Scenario s = load(scenario(NO_DRIVERS, "{normal: {mean: 64, sd: 2.5}}"), people());
        Parameters params = new Parameters(s, ScenarioValues.central());
        WorkforceState state = new PopulationBuilder(params, new RandomStreams(1)).initialState(0);
        Layout layout = params.layout;
        assertThat(state.inPost[layout.cell(0, 0, 0)]).isEqualTo(3000);
        assertThat(state.inPost[layout.cell(0, 0, 1)]).isEqualTo(1000);
        assertThat(state.inPost[layout.cell(1, 0, 0)] + state.inPost[layout.cell(1, 0, 1)]).isEqualTo(200);
        List<String> rows = people();
        List<Integer> expectedTenure = new ArrayList<>();
        for (String row : rows) {
            String joined = row.split(",")[4];
            // Month 0 is 2025-04: someone who joined in 2025-03 has a month's tenure.
            expectedTenure.add(1 + (int) java.time.temporal.ChronoUnit.MONTHS.between(
                    java.time.YearMonth.parse(joined), java.time.YearMonth.of(2025, 3)));
        }
        List<Integer> tenure = new ArrayList<>();
        StaffTable staff = state.staff;
        for (int i = 0; i < staff.size; i++) {
            if (layout.partnerOfCell(staff.cell()[i]) != 0) continue;
            tenure.add(-staff.joinedMonth()[i]);
            assertThat(staff.postMonth()[i]).isBetween(staff.joinedMonth()[i], 0);
            assertThat(staff.retireMonth()[i]).as("nobody recorded in post has retired already").isPositive();
        }
        assertThat(tenure).containsExactlyInAnyOrderElementsOf(expectedTenure);
    }

    /**
     * Theory: ages uniform in 65-69 before anyone retires, retirement age R normal(63, 2); among those still in
     * post (age below R), the share who retire within a year is P(R - A < 1 | A < R), worked out here by
     * numerical integration. Nobody retires at once, and the share matches.
     */
    @Test
    void theOldestRecordedStaffRetireAsTheSurvivorsOfTheirAgeWouldNotAtOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) rows.add("a,ops,1,65-69,2010-01,");
        Scenario s = load(scenario(NO_DRIVERS, "{normal: {mean: 63, sd: 2}}"), rows);
        Parameters params = new Parameters(s, ScenarioValues.central());
        WorkforceState state = new PopulationBuilder(params, new RandomStreams(9)).initialState(0);
        int soon = 0;
        int recorded = 0;
        for (int i = 0; i < state.staff.size; i++) {
            if (params.layout.partnerOfCell(state.staff.cell()[i]) != 0) continue;
            recorded++;
            assertThat(state.staff.retireMonth()[i]).isPositive();
            if (state.staff.retireMonth()[i] <= 12) soon++;
        }
        var normal = new org.apache.commons.math3.distribution.NormalDistribution(null, 63, 2, 1e-9);
        double inPost = 0;
        double within = 0;
        int steps = 2000;
        // Month 0 is a month after the population's date: ages then run from 65y1m to 70y1m.
        for (int k = 0; k < steps; k++) {
            double a = 65 + 1 / 12.0 + 5.0 * (k + 0.5) / steps;
            inPost += 1 - normal.cumulativeProbability(a);
            within += normal.cumulativeProbability(a + 1) - normal.cumulativeProbability(a);
        }
        double expected = within / inPost;
        double sd = Math.sqrt(expected * (1 - expected) / recorded);
        assertThat((double) soon / recorded).isCloseTo(expected, within(4 * sd + 0.02));
    }

    /**
     * With no drivers, each recorded person leaves in the first year with probability 1 - prod(1 - q(band at
     * month m)), worked out here from their recorded tenure alone: the simulated cohort rate must match it.
     */
    @Test
    void theFirstYearsLeavingMatchesTheStatedBandRatesOnTheRecordedTenures() throws Exception {
        Scenario s = load(scenario(NO_DRIVERS, "80"), people());
        double qShort = 1 - Math.pow(0.75, 1.0 / 12);
        double qLong = 1 - Math.pow(0.90, 1.0 / 12);
        double expected = 0;
        for (String row : people()) {
            int tenure = 1 + (int) java.time.temporal.ChronoUnit.MONTHS.between(
                    java.time.YearMonth.parse(row.split(",")[4]), java.time.YearMonth.of(2025, 3));
            double stay = 1;
            for (int m = 0; m < 12; m++) stay *= 1 - (tenure + m + 1 < 24 ? qShort : qLong);
            expected += 1 - stay;
        }
        expected /= 4000;
        double leavers = 0;
        int reps = 12;
        for (int rep = 0; rep < reps; rep++) {
            MonthlySeries x = Replication.run(s, ScenarioValues.central(), rep, List.of(Arm.BASELINE)).get(0).series();
            for (int m = 0; m < 12; m++) leavers += x.get(m, 0, Measure.COHORT_LEAVERS);
        }
        double rate = leavers / (4000.0 * reps);
        double sd = Math.sqrt(expected * (1 - expected) / (4000.0 * reps));
        assertThat(rate).isCloseTo(expected, within(4 * sd));
    }

    @Test
    void withDriversTheFirstMonthStillShowsTheStatedRatesOverTheRecordedStaff() throws Exception {
        Scenario s = load(scenario("{stagnationHazardRatio: 3, disengagedHazardRatio: 2}", "80"), people());
        double qShort = 1 - Math.pow(0.75, 1.0 / 12);
        double qLong = 1 - Math.pow(0.90, 1.0 / 12);
        double expected = 0;
        for (String row : people()) {
            int tenure = 1 + (int) java.time.temporal.ChronoUnit.MONTHS.between(
                    java.time.YearMonth.parse(row.split(",")[4]), java.time.YearMonth.of(2025, 3));
            expected += tenure + 1 < 24 ? qShort : qLong;
        }
        double leavers = 0;
        int reps = 40;
        for (int rep = 0; rep < reps; rep++) {
            MonthlySeries x = Replication.run(s, ScenarioValues.central(), rep, List.of(Arm.BASELINE)).get(0).series();
            leavers += x.get(0, 0, Measure.COHORT_LEAVERS);
        }
        assertThat(leavers / reps).isCloseTo(expected, within(4 * Math.sqrt(expected / reps)));
    }

    @Test
    void aPopulationThatDoesNotFitTheScenarioIsRefusedWithEveryProblem() throws Exception {
        List<String> rows = new ArrayList<>(people().subList(0, 10));
        rows.add("a,ops,3,20-29,2020-01,");
        rows.add("x,ops,1,20-29,2020-01,");
        rows.add("a,ops,1,20-29,2026-01,");
        rows.add("a,ops,one,20,2020-13,2019-01");
        String text = scenario(NO_DRIVERS, "80");
        assertThatThrownBy(() -> load(text, rows)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("population.file (staff.csv line 15, column joined): found 2026-01; expected a month no later than the population's (2025-03)")
                .hasMessageContaining("line 16, column grade")
                .hasMessageContaining("line 16, column ageBand")
                .hasMessageContaining("line 16, column joined");
        rows.subList(12, 14).clear();
        assertThatThrownBy(() -> load(text, rows)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("grade 3 in ops for 1 person")
                .hasMessageContaining("partner \"x\" for 1 person");
        assertThatThrownBy(() -> load(text.replace("warmUpYears: 0", "warmUpYears: 3")
                .replace("startMonth: 2025-04", "startMonth: 2025-03"), people()))
                .hasMessageContaining("simulation.warmUpYears: found 3")
                .hasMessageContaining("appraisal.startMonth: found 2025-03; expected a month after the population's (2025-03)");
    }
}
