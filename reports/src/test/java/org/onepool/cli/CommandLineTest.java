package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.Version;

class CommandLineTest {
    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(execute("--version")).isZero();
        assertThat(out.toString()).contains("onepool " + Version.get());
        assertThat(Version.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommandsWithExamples() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("run").contains("validate").contains("schema").contains("init")
                .contains("Examples:").contains("Exit codes:");
    }

    @Test
    void initWritesAStarterThatValidatesAndRefusesToOverwrite() throws Exception {
        Path file = temp.resolve("area.yaml");
        assertThat(execute("init", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("# ").contains("jobFamilies:");
        assertThat(execute("validate", file.toString())).isZero();
        String before = Files.readString(file);
        assertThat(execute("init", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(execute("init", file.toString(), "--force")).isZero();
    }

    @Test
    void anUnknownOptionIsBadInputWithAHint() {
        assertThat(execute("validate", "scenarios/minimal.yaml", "--frobnicate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--frobnicate").contains("--help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void schemaIsJsonSchemaGeneratedFromTheRecords() {
        assertThat(execute("schema")).isZero();
        assertThat(out.toString()).contains("\"$schema\"").contains("\"partners\"").contains("\"annualRate\"")
                .contains("\"additionalProperties\" : false");
    }
}
