package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FairShareCommandTest {
    private static final String WORKFORCE = """
            {jobFamily: admin, headcount: %d, gradeMix: [0.6, 0.4], salaryByGradeGbp: [23000, 28000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}""";
    private static final String SCENARIO = """
            name: three partners
            appraisal: {startMonth: 2027-04, horizonYears: 3, seed: 9}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 2}
            recruitment:
              advertisingGbp: 900
              adminGbp: 700
              checksGbp: 120
              inductionGbp: 250
              timeToFillMonths: {triangular: [2, 3, 5]}
            partners:
              - {id: a, name: "Council <b>A</b> & co", type: county, workforce: [%s]}
              - {id: b, name: Council B, type: district, workforce: [%s]}
              - {id: c, name: Council C, type: district, workforce: [%s]}
            options:
              - id: pool
                name: Shared recruitment
                interventions:
                  - {type: sharedRecruitment, setupCostGbp: 20000, effects: {campaignCostReduction: 0.2, vacanciesPerSharedAdvert: 3}}
            """.formatted(WORKFORCE.formatted(250), WORKFORCE.formatted(150), WORKFORCE.formatted(150));

    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();

    @Test
    void writesTheFairShareTableAsJsonAndAnEscapedReport() throws Exception {
        Path scenario = temp.resolve("three.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = temp.resolve("out");
        int code = cli.execute("fairshare", scenario.toString(), "--option", "pool", "--replications", "3",
                "--threads", "2", "--out", out.toString());
        assertThat(code).as(cli.err()).isEqualTo(ExitCode.OK);
        // The estimate is said before the run starts, and the progress bar follows.
        assertThat(cli.err()).contains("3 partners; every one of the 7 groups will be simulated on 3 replications");
        JsonNode f = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("fairShare");
        assertThat(f.get("method").asText()).isEqualTo("exact");
        assertThat(f.get("coalitionsEvaluated").asInt()).isEqualTo(7);
        double sum = 0;
        double payments = 0;
        for (JsonNode p : f.get("partners")) {
            sum += p.get("shapleyGbp").asDouble();
            payments += p.get("sidePaymentGbp").asDouble();
        }
        double grand = f.get("grandCoalitionGbp").asDouble();
        assertThat(sum).isCloseTo(grand, within(1e-6 * Math.abs(grand)));
        assertThat(payments).isCloseTo(0, within(1e-6 * Math.abs(grand)));
        assertThat(f.at("/core/exhaustive").asBoolean()).isTrue();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Fair-share table", "Council &lt;b&gt;A&lt;/b&gt; &amp; co", "Side payment")
                .doesNotContain("<b>A</b>");
        assertThat(cli.out()).contains("report.html", "Full pool:").containsPattern("Groups simulated in \\d+ s \\(estimated about \\d+ s\\)\\.");
    }

    @Test
    void anUnknownOptionIsBadInputAndNothingIsWritten() throws Exception {
        Path scenario = temp.resolve("three.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = temp.resolve("out");
        int code = cli.execute("fairshare", scenario.toString(), "--option", "nope", "--out", out.toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--option names 'nope'", "expected one of pool", "Nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void runWithFairShareWritesTheSameTableAsTheFairshareCommandBesideTheAppraisal() throws Exception {
        Path scenario = temp.resolve("three.yaml");
        Files.writeString(scenario, SCENARIO);
        Path alone = temp.resolve("alone");
        assertThat(cli.execute("fairshare", scenario.toString(), "--option", "pool", "--replications", "3",
                "--threads", "2", "--out", alone.toString(), "--quiet")).as(cli.err()).isEqualTo(ExitCode.OK);
        CommandLineHarness run = new CommandLineHarness();
        Path out = temp.resolve("run");
        int code = run.execute("run", scenario.toString(), "--replications", "3", "--threads", "2", "--no-sensitivity",
                "--no-stress", "--fair-share", "--out", out.toString(), "--quiet");
        assertThat(code).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("fair shares of pool: 3 partners; every one of the 7 groups will be simulated "
                + "on 3 replications");
        assertThat(run.out()).contains("Fair shares of Shared recruitment: ", "fairshare-pool", "7 of 7 groups")
                .containsPattern("Groups simulated in \\d+ s \\(estimated about \\d+ s\\)\\.");
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(out.resolve("fairshare-pool/report.html")).isRegularFile();
        JsonNode withRun = new ObjectMapper().readTree(out.resolve("fairshare-pool/summary.json").toFile()).get("fairShare");
        JsonNode byItself = new ObjectMapper().readTree(alone.resolve("summary.json").toFile()).get("fairShare");
        assertThat(withRun.get("grandCoalitionGbp").asDouble()).isEqualTo(byItself.get("grandCoalitionGbp").asDouble());
        for (int i = 0; i < 3; i++) {
            assertThat(withRun.at("/partners/" + i + "/shapleyGbp").asDouble())
                    .isEqualTo(byItself.at("/partners/" + i + "/shapleyGbp").asDouble());
        }
    }
}
