package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.scenario.input.ScenarioLoader;

/** The sample extract imported, then back-tested against its own later years. */
class BacktestCommandTest {
    private static final String SAMPLE = "scenarios/sample-hr/";
    private static final String[] ACTUALS = {SAMPLE + "council-leavers.csv", SAMPLE + "council-vacancies.csv",
        SAMPLE + "trust-leavers.csv", SAMPLE + "trust-vacancies.csv"};

    @TempDir
    static Path temp;
    static Path scenario;

    @BeforeAll
    static void importTheSample() {
        scenario = temp.resolve("sample.yaml");
        CommandLineHarness cli = new CommandLineHarness();
        assertThat(cli.execute("import", SAMPLE + "mapping.yaml", "--out", scenario.toString())).as(cli.err()).isZero();
    }

    private static String[] backtest(String from, Path out, String... more) {
        String[] base = {"backtest", scenario.toString(), "--from", from, "--replications", "60", "--quiet", "--out",
            out.toString(), "--actuals"};
        String[] args = new String[base.length + ACTUALS.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(ACTUALS, 0, args, base.length, ACTUALS.length);
        System.arraycopy(more, 0, args, base.length + ACTUALS.length, more.length);
        return args;
    }

    /**
     * A model that describes the years puts about 80% of yearly actuals inside its P10-P90: 72 comparisons
     * (two partners, six families, three measures, four years) give a binomial spread of about 5 points.
     */
    @Test
    void theBacktestOfTheImportedSampleCoversAboutEightyPercentOfYearlyActuals() throws Exception {
        Path out = temp.resolve("bt");
        CommandLineHarness cli = new CommandLineHarness();
        assertThat(cli.execute(backtest("2021-04", out))).as(cli.err()).isZero();
        JsonNode json = ScenarioLoader.json().readTree(out.resolve("backtest.json").toFile());
        assertThat(json.get("comparisons")).hasSize(72);
        double coverage = json.get("coverage").asDouble();
        assertThat(coverage).isBetween(0.65, 0.95);
        for (JsonNode b : json.get("bias")) {
            if (!b.get("measure").asText().equals("openVacancies")) {
                assertThat(Math.abs(b.get("relativeBias").asDouble())).as(b.toString()).isLessThan(0.15);
            }
        }
        var page = Jsoup.parse(out.resolve("backtest.html").toFile());
        assertThat(page.select("section#backtest h2").text()).isEqualTo("Does the model reproduce what happened?");
        assertThat(page.select("section#backtest h3").eachText()).contains("Wychbury District Council", "Wychbury Hospitals NHS Trust");
        assertThat(page.select("section#backtest figure svg")).hasSize(6);
        assertThat(out.resolve("charts/backtest-council-leavers.png")).exists();
        assertThat(cli.out()).contains("in sample: the rates were fitted on these years");
    }

    @Test
    void aBacktestOutsideTheRecordsOrWithAFileTheMappingDoesNotNameIsRefusedAndWritesNothing() throws Exception {
        Path out = temp.resolve("refused");
        CommandLineHarness early = new CommandLineHarness();
        assertThat(early.execute(backtest("2019-04", out))).isEqualTo(2);
        assertThat(early.err()).contains("--from 2019-04 is outside the records; expected a month from 2020-05")
                .contains("to 2024-04");
        CommandLineHarness stranger = new CommandLineHarness();
        Path other = Files.writeString(temp.resolve("other.csv"), "a,b\n1,2\n");
        assertThat(stranger.execute(backtest("2022-04", out, other.toString()))).isEqualTo(2);
        assertThat(stranger.err()).contains("--actuals: found " + other).contains("a leavers list or vacancy log named in");
        CommandLineHarness synthetic = new CommandLineHarness();
        assertThat(synthetic.execute("backtest", "scenarios/minimal.yaml", "--from", "2022-04", "--actuals", ACTUALS[0]))
                .isEqualTo(2);
        assertThat(synthetic.err()).contains("has no recorded population; expected a scenario written by 'onepool import'");
        assertThat(out).doesNotExist();
    }
}
