package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;
import picocli.CommandLine;

class BundledScenariosTest {
    @TempDir
    Path temp;

    /** Every file in scenarios/. */
    static Stream<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The scenarios among them: what `validate` does not take for a deployment problem. */
    static Stream<Path> bundled() throws Exception {
        return files().filter(f -> !ValidateCommand.isDeploymentProblem(f));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBundledFileValidates(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = OnepoolCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("validate", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(file.getFileName().toString().startsWith("deploy")
                ? "ok: deployment problem: 8 people, 7 open posts, 2 training options" : "ok: ");
    }

    @Test
    void aBrokenDeploymentProblemIsCheckedAsOneWithItsFieldPaths() throws Exception {
        Path bad = temp.resolve("deploy.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/deploy-example.yaml"))
                .replace("kind: redeployee, jobFamily: admin, grade: 2", "kind: redeployee, jobFamily: admin, grade: 0"));
        StringWriter err = new StringWriter();
        CommandLine cli = OnepoolCommand.newCommandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("validate", bad.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("has 1 problem:").contains("people[0].grade").doesNotContain("partners");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void theGeneratedSchemaAcceptsEveryBundledScenario(Path file) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = OnepoolCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("schema")).isZero();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(out.toString());
        JsonNode scenario = ScenarioLoader.yaml().readTree(file.toFile());
        assertThat(schema.validate(scenario)).isEmpty();
        JsonNode broken = scenario.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("unexpected", 1);
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void yamlAndJsonFormsLoadEqual(Path file) throws Exception {
        Scenario fromYaml = ScenarioLoader.load(file);
        Path json = temp.resolve(file.getFileName().toString().replace(".yaml", ".json"));
        JsonNode tree = ScenarioLoader.yaml().readTree(file.toFile());
        Files.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        assertThat(ScenarioLoader.load(json)).isEqualTo(fromYaml);
        Path roundTrip = temp.resolve("round-trip.json");
        Files.writeString(roundTrip, ScenarioLoader.toJson(fromYaml));
        assertThat(ScenarioLoader.load(roundTrip)).isEqualTo(fromYaml);
    }
}
