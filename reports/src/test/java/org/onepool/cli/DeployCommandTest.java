package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployCommandTest {
    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void theExampleIsSolvedAndPrintedAsJson() throws Exception {
        assertThat(execute("deploy", "scenarios/deploy-example.yaml")).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(out.toString());
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(plan.at("/score/hard").asLong()).isZero();
        assertThat(plan.get("trainingSpendGbp").asLong()).isLessThanOrEqualTo(plan.get("trainingBudgetGbp").asLong());
        assertThat(plan.get("placements")).isNotEmpty();
        for (JsonNode p : plan.get("placements")) {
            // Police staff never cross the wall: tvp people only take tvp posts and the other way round.
            assertThat(p.get("personId").asText().startsWith("tvp")).isEqualTo(p.get("postId").asText().startsWith("tvp"));
        }
    }

    /** docs/deploy-format.md shows the example's output in full; it must be what the command prints. */
    @Test
    void theDocumentedOutputIsWhatTheExamplePrints() throws Exception {
        assertThat(execute("deploy", "scenarios/deploy-example.yaml")).isZero();
        String doc = Files.readString(Path.of("docs/deploy-format.md"));
        int start = doc.indexOf("```json", doc.indexOf("## Output")) + "```json".length();
        String sample = doc.substring(start, doc.indexOf("```", start));
        assertThat(new ObjectMapper().readTree(out.toString())).isEqualTo(new ObjectMapper().readTree(sample));
    }

    @Test
    void greedyIsNoBetterThanOptimised() throws Exception {
        assertThat(execute("deploy", "scenarios/deploy-example.yaml", "--policy", "greedy")).isZero();
        long greedy = new ObjectMapper().readTree(out.toString()).at("/score/softGbp").asLong();
        out.getBuffer().setLength(0);
        assertThat(execute("deploy", "scenarios/deploy-example.yaml")).isZero();
        long optimised = new ObjectMapper().readTree(out.toString()).at("/score/softGbp").asLong();
        assertThat(optimised).isGreaterThanOrEqualTo(greedy);
    }

    @Test
    void aBadProblemIsBadInputWithTheFieldPath() throws Exception {
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/deploy-example.yaml"))
                .replace("kind: redeployee, jobFamily: admin, grade: 2", "kind: redeployee, jobFamily: admin, grade: 0"));
        assertThat(execute("deploy", bad.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("people[0].grade");
        assertThat(out.toString()).isEmpty();
        Files.writeString(bad, "people: [{id: a, kind: wizard}]\nposts: []\n");
        assertThat(execute("deploy", bad.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("people[0].kind");
    }
}
