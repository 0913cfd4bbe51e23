package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimiseCommandTest {
    private static final Path SMALL = Path.of("model/src/test/resources/scenarios/budget-small.yaml");
    private static final String[] QUICK = {"--design-replications", "3", "--replications", "4", "--quiet",
        "--threads", "2"};

    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();

    private int optimise(Path scenario, String... args) {
        String[] all = new String[2 + args.length + QUICK.length];
        all[0] = "optimise";
        all[1] = scenario.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        System.arraycopy(QUICK, 0, all, 2 + args.length, QUICK.length);
        return cli.execute(all);
    }

    @Test
    void writesTheVerifiedPlanAndItsReport() throws Exception {
        Path scenario = temp.resolve("small.yaml");
        Files.writeString(scenario, Files.readString(SMALL).replace("name: Retention offer",
                "name: \"Retention <b>offer</b> & more\""));
        Path out = temp.resolve("out");
        assertThat(optimise(scenario, "--out", out.toString(), "--budget", "50000", "--objective", "p10"))
                .as(cli.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(out.resolve("budget-plan.json").toFile());
        assertThat(plan.at("/question/budgetGbp").asDouble()).isEqualTo(50_000);
        assertThat(plan.at("/question/objective").asText()).isEqualTo("p10");
        JsonNode recommended = null;
        for (JsonNode p : plan.get("plans")) if (p.get("id").asText().equals(plan.get("recommended").asText())) recommended = p;
        assertThat(recommended).isNotNull();
        assertThat(recommended.get("withinLimits").asBoolean()).isTrue();
        assertThat(recommended.get("totalGbp").asDouble()).isLessThanOrEqualTo(50_000);
        assertThat(recommended.at("/verifiedNpv/p10").isNumber()).isTrue();
        // A cautious panel gets the optimised plan whose verified P10 is best.
        for (JsonNode p : plan.get("plans")) {
            if (p.get("kind").asText().equals("optimised")) {
                assertThat(recommended.at("/verifiedNpv/p10").asDouble()).isGreaterThanOrEqualTo(p.at("/verifiedNpv/p10").asDouble());
            }
        }
        assertThat(plan.at("/surface/refinements")).isNotEmpty();
        String html = Files.readString(out.resolve("budget-report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Recommended split", "beside the naive plans", "Equal split over the levers",
                "The scenario's own plan", "best verified P10 NPV", "Retention &lt;b&gt;offer&lt;/b&gt; &amp; more")
                .doesNotContain("<b>offer").doesNotContain("http://").doesNotContain("https://");
        assertThat(cli.out()).contains("recommended").contains("budget-report.html");
    }

    @Test
    void anUnknownObjectiveIsBadInputAndNothingIsWritten() {
        Path out = temp.resolve("out");
        assertThat(optimise(SMALL, "--out", out.toString(), "--objective", "median")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--objective").contains("median").contains("[mean, p10]")
                .contains("Try 'onepool optimise --help'.").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBudgetOfNothingNamesTheFlag() {
        Path out = temp.resolve("out");
        assertThat(optimise(SMALL, "--out", out.toString(), "--budget", "0")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--budget: found 0");
        assertThat(out).doesNotExist();
    }

    @Test
    void moreYearsThanTheHorizonNamesTheFlag() {
        assertThat(optimise(SMALL, "--out", temp.resolve("out").toString(), "--years", "9"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--years: found 9").contains("1 to 5");
    }

    @Test
    void minimumsBeyondTheBudgetAreBadInput() {
        assertThat(optimise(SMALL, "--out", temp.resolve("out").toString(), "--budget", "8000", "--tranche", "1000"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--budget: found 8000").contains("levers' minimums (10000)");
    }

    @Test
    void aLeverThatReachesNobodyIsBadInput() throws Exception {
        Path scenario = temp.resolve("nobody.yaml");
        Files.writeString(scenario, Files.readString(SMALL).replace("        name: Retention offer\n",
                "        name: Retention offer\n        partners: [council]\n        jobFamilies: [care]\n"));
        assertThat(optimise(scenario, "--out", temp.resolve("out").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("budgetSplit.option: found lever \"Retention offer\" that covers no staff");
    }

    @Test
    void aScenarioWithoutLeversIsBadInput() {
        Path out = temp.resolve("out");
        assertThat(optimise(Path.of("scenarios/minimal.yaml"), "--out", out.toString(), "--budget", "50000"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--option").contains("doseResponse");
        assertThat(out).doesNotExist();
    }
}
