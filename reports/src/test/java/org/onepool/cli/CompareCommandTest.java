package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real runs of the minimal scenario on different seeds, compared through the command line. */
class CompareCommandTest {
    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();

    @Test
    void twoRunsSideBySideGiveEachFigureAndItsChangeAndABadFolderIsNamed() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        for (String[] run : new String[][] {{a.toString(), "1"}, {b.toString(), "2"}}) {
            int code = cli.execute("run", "scenarios/minimal.yaml", "--replications", "4", "--seed", run[1], "--no-sensitivity",
                    "--no-stress", "--out", run[0], "--quiet");
            assertThat(code).as(cli.err()).isEqualTo(ExitCode.OK);
        }
        int code = cli.execute("compare", a.toString(), b.toString());
        assertThat(code).as(cli.err()).isEqualTo(ExitCode.OK);
        String out = cli.out();
        assertThat(out).contains("seed 1").contains("seed 2").contains("Flexible working offer").contains("NPSV")
                .contains("Workforce in year 5");
        JsonNode sa = new ObjectMapper().readTree(a.resolve("summary.json").toFile());
        JsonNode sb = new ObjectMapper().readTree(b.resolve("summary.json").toFile());
        double staffA = sa.at("/projections/arms/0/partners/0/years/4/staffInPost/mean").asDouble();
        double staffB = sb.at("/projections/arms/0/partners/0/years/4/staffInPost/mean").asDouble();
        String line = out.lines().filter(l -> l.contains(": staff in post")).findFirst().orElseThrow();
        assertThat(line).contains(String.format(Locale.UK, "%,.1f", staffA)).contains(String.format(Locale.UK, "%,.1f", staffB))
                .contains(String.format(Locale.UK, "%+,.1f", staffB - staffA));

        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(cli.execute("compare", a.toString(), empty.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains(empty.toString()).contains("has no summary.json");
    }
}
