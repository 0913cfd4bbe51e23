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

    @Test
    void versionPrintsTheVersion() {
        assertThat(cli.execute("--version")).isZero();
        assertThat(cli.out()).contains("onepool " + Version.get());
        assertThat(Version.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommandsWithExamples() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.out()).contains("run").contains("validate").contains("schema").contains("init")
                .contains("Examples:").contains("Exit codes:");
    }

    /** Picocli warns on System.err when a description has a stray format character (a bare "%"). */
    @Test
    void everyCommandsHelpRendersCleanly() {
        java.io.PrintStream was = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            // Aliases (optimize) map to the same command; each command once, by its own name.
            for (String command : OnepoolCommand.newCommandLine().getSubcommands().values().stream()
                    .map(picocli.CommandLine::getCommandName).distinct().toList()) {
                cli.clear();
                assertThat(cli.execute(command, "--help")).as(command).isZero();
                assertThat(cli.out()).as(command).contains("Usage: onepool " + command);
            }
        } finally {
            System.setErr(was);
        }
        assertThat(captured.toString()).doesNotContain("WARN");
    }

    @Test
    void initWritesAStarterThatValidatesAndRefusesToOverwrite() throws Exception {
        Path file = temp.resolve("area.yaml");
        assertThat(cli.execute("init", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("# ").contains("jobFamilies:");
        assertThat(cli.execute("validate", file.toString())).isZero();
        String before = Files.readString(file);
        assertThat(cli.execute("init", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(cli.execute("init", file.toString(), "--force")).isZero();
    }

    @Test
    void anUnknownOptionIsBadInputWithAHint() {
        assertThat(cli.execute("validate", "scenarios/minimal.yaml", "--frobnicate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--frobnicate").contains("--help");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void schemaIsJsonSchemaGeneratedFromTheRecords() {
        assertThat(cli.execute("schema")).isZero();
        assertThat(cli.out()).contains("\"$schema\"").contains("\"partners\"").contains("\"annualRate\"")
                .contains("\"additionalProperties\" : false");
    }
}
