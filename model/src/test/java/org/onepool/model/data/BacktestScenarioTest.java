package org.onepool.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.data.CampaignRow.Outcome;
import org.onepool.model.data.CampaignRow.Route;
import org.onepool.model.population.AgeBand;
import org.onepool.model.population.RecordedPerson;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/** The staff and posts of a past month rebuilt from the population at the extract and the records, by hand. */
class BacktestScenarioTest {
    @TempDir
    Path temp;

    private Scenario scenario() throws Exception {
        Files.writeString(temp.resolve("s.yaml"), """
                name: past
                appraisal: {startMonth: 2025-04, horizonYears: 2}
                simulation: {warmUpYears: 0}
                jobFamilies: [{id: ops, name: Operations, marketSalaryGbp: 30000, grades: 2}]
                recruitment: {advertisingGbp: 1, adminGbp: 1, checksGbp: 1, inductionGbp: 1, timeToFillMonths: 2}
                partners:
                  - id: a
                    name: Partner A
                    type: district
                    workforce:
                      - {jobFamily: ops, headcount: 10, salaryByGradeGbp: [30000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.1}]}}
                population: {file: staff.csv, asOf: 2025-03}
                """);
        Files.writeString(temp.resolve("staff.csv"), """
                partner,jobFamily,grade,ageBand,joined,inPostSince
                a,ops,2,40-44,2020-01,2020-01
                a,ops,1,30-34,2023-06,2023-06
                a,ops,2,50-54,2018-01,2023-01
                a,ops,1,25-29,2018-01,2023-01
                """);
        return ScenarioLoader.load(temp.resolve("s.yaml"));
    }

    private static LeaverRow leaver(String joined, String left, int grade, int age) {
        return new LeaverRow("a", "ops", grade, LocalDate.parse(joined), LocalDate.parse(left), LeavingReason.PAY, age,
                AgeBand.fiveYearOf(age));
    }

    private static CampaignRow campaign(String opened, String closed, int grade, Route route) {
        return new CampaignRow("a", "ops", grade, LocalDate.parse(opened), closed == null ? null : LocalDate.parse(closed),
                closed == null ? Outcome.OPEN : Outcome.FILLED, route, null);
    }

    private static PartnerRecords records() {
        return new PartnerRecords("a", List.of(), List.of(
                leaver("2019-05-10", "2023-07-01", 2, 50),
                leaver("2019-05-10", "2022-03-15", 1, 40),
                leaver("2022-05-01", "2023-01-01", 1, 30),
                leaver("2010-01-01", "2024-01-01", 0, 35),
                leaver("2015-01-01", "2022-09-01", 1, 45)), List.of(
                campaign("2022-02-01", "2022-06-01", 2, Route.EXTERNAL),
                campaign("2022-04-10", "2022-05-01", 1, Route.INTERNAL),
                campaign("2021-01-01", "2022-03-31", 1, Route.EXTERNAL),
                campaign("2022-01-01", null, 0, Route.EXTERNAL)));
    }

    @Test
    void thePastMonthHoldsWhoHadJoinedAndNotYetLeftAndThePostsOpenThen() throws Exception {
        List<String> notes = new ArrayList<>();
        Scenario back = BacktestScenario.at(scenario(), YearMonth.of(2022, 4), 3, List.of(records()), notes);
        assertThat(back.appraisal().startMonth()).isEqualTo("2022-04");
        assertThat(back.appraisal().horizonYears()).isEqualTo(3);
        assertThat(back.options()).isEmpty();
        assertThat(back.population().people().asOf()).isEqualTo(YearMonth.of(2022, 3));
        List<RecordedPerson> people = back.population().people().people();
        // In post then: the first, third and fourth on the list; leavers 1, 4 and 5.
        assertThat(people).hasSize(6);
        assertThat(people).filteredOn(p -> p.grade() == 2).extracting(RecordedPerson::joined)
                .containsExactlyInAnyOrder(YearMonth.of(2020, 1), YearMonth.of(2019, 5));
        // Took their post after the month: a grade lower then (the one at grade 1 stays there), post date unknown.
        assertThat(people).filteredOn(p -> p.joined().equals(YearMonth.of(2018, 1)))
                .allSatisfy(p -> assertThat(p.grade()).isEqualTo(1))
                .allSatisfy(p -> assertThat(p.inPostSince()).isNull());
        // Ages three years younger: 40-44 then 37-41; the leaver aged 50 on leaving 1.25 years later is 45-49.
        assertThat(people).extracting(RecordedPerson::ageBand).contains(new AgeBand(37, 42), new AgeBand(45, 50));
        var w = back.partners().get(0).workforce().get(0);
        // Grade 1: four staff plus the open post of unknown grade (given to grades as staff are); grade 2: two plus one.
        assertThat(w.headcount()).isEqualTo(8);
        assertThat(w.gradeMix().get(0)).isCloseTo(5.0 / 8, within(1e-12));
        assertThat(notes).contains("1 staff who took their post after 2022-03 are taken to have stood a grade lower then",
                "1 leavers with no grade recorded are placed at the lowest grade");
    }

    @Test
    void theActualsOfAYearCountLeaversHiresFromOutsideAndOpenPostsAtMonthEnds() {
        PartnerRecords r = records();
        YearMonth first = YearMonth.of(2022, 4);
        // Leavers on 1 January 2023 and 1 September 2022; the one on 1 July 2023 falls in the next year.
        assertThat(Backtest.actual(r, "ops", "leavers", first)).isEqualTo(2);
        assertThat(Backtest.actual(r, "ops", "hires", first)).isEqualTo(1);
        // Open at month ends: February to 1 June at the ends of April and May; the internal one from 10 April to
        // 1 May at the end of April; the one still open, all twelve.
        assertThat(Backtest.actual(r, "ops", "openVacancies", first)).isCloseTo(15.0 / 12, within(1e-12));
        assertThat(Backtest.label(first, 1)).isEqualTo("2023/24");
        assertThat(Backtest.label(YearMonth.of(2022, 7), 0)).isEqualTo("2022-07 to 2023-06");
    }
}
