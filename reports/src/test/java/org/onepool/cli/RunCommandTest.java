package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();

    @Test
    void runOnTheMinimalScenarioWritesEveryFileAndASummaryThatMatchesTheContract() throws Exception {
        Path dir = temp.resolve("minimal");
        int code = cli.execute("run", "scenarios/minimal.yaml", "--replications", "12", "--out", dir.toString(), "--quiet");
        assertThat(code).as(cli.err()).isEqualTo(ExitCode.OK);
        assertThat(cli.out()).contains("Report: ").contains("Flexible working offer: NPSV").contains("; net cash ").contains("back in cash").contains("staff-months");
        assertThat(dir.resolve("summary.json")).isRegularFile();
        assertThat(dir.resolve("cashflows.csv")).isRegularFile();

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String key : List.of("scenario", "version", "seed", "replications", "threads", "baseline", "options")) {
            assertThat(summary.has(key)).as(key).isTrue();
        }
        assertThat(summary.at("/scenario/sha256").asText()).hasSize(64);
        assertThat(summary.get("replications").asInt()).isEqualTo(12);
        JsonNode option = summary.at("/options/0");
        for (String key : List.of("id", "name", "npv", "benefitCostRatio", "roi", "paybackMonth",
                "discountedPaybackMonth", "peakFunding", "investment", "probabilityNpvPositive", "monteCarloStandardError",
                "byFinancialYear",
                "byCategory", "byPartner", "workforce", "tornado", "switchingValues", "stress")) {
            assertThat(option.has(key)).as(key).isTrue();
        }
        for (String stat : List.of("mean", "p10", "p50", "p90")) assertThat(option.at("/npv/" + stat).isNumber()).isTrue();
        assertThat(option.at("/paybackMonth/neverShare").isNumber()).isTrue();
        assertThat(option.at("/monteCarloStandardError/npvMeanGbp").asDouble()).isPositive();
        assertThat(option.at("/byFinancialYear/0/year").asText()).isEqualTo("2027/28");
        assertThat(option.at("/byPartner/0/flagged").isBoolean()).isTrue();
        assertThat(option.at("/tornado/0").has("npvAtLow")).isTrue();
        assertThat(option.at("/stress/0").has("probabilityNpvPositive")).isTrue();
        // The two cases: the economic block restates the top-level NPV as the NPSV; the financial block is cash.
        assertThat(option.at("/economic/npsv/mean").asDouble()).isEqualTo(option.at("/npv/mean").asDouble());
        assertThat(option.at("/economic/bcrFormula").asText()).contains("Green Book");
        assertThat(option.at("/financial/basis").asText()).startsWith("cash only, nominal");
        assertThat(option.at("/financial/byPartner/0/years/0/netCash/mean").isNumber()).isTrue();
        assertThat(option.at("/financial/byPartner/0/years/4/fundingGap/mean").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(summary.at("/baseline/payBill/0/years/0/payBill/mean").asDouble()).isPositive();

        try (Reader reader = Files.newBufferedReader(dir.resolve("cashflows.csv"))) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            int options = 1;
            int partners = 1;
            int categories = 15 + 16; // the economic case's lines, then the financial case's (cash, pension strain included)
            int years = 5;
            assertThat(rows).hasSize(options * partners * categories * years);
            assertThat(rows.get(0).get("financialYear")).isEqualTo("2027/28");
            assertThat(rows.get(0).get("case")).isEqualTo("economic");
            assertThat(rows.get(0).get("resourceType")).isEqualTo("cash");
            assertThat(rows.get(rows.size() - 1).get("priceBasis")).isEqualTo("nominal");
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalResultsAtOneAndTwoThreadsApartFromTheThreadCount() throws Exception {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "8", "--threads", "1", "--out",
                one.toString(), "--quiet")).isZero();
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "8", "--threads", "2", "--out",
                two.toString(), "--quiet")).isZero();
        String a = Files.readString(one.resolve("summary.json"));
        String b = Files.readString(two.resolve("summary.json"));
        assertThat(b.replace("\"threads\" : 2,", "\"threads\" : 1,")).isEqualTo(a);
        assertThat(Files.mismatch(one.resolve("cashflows.csv"), two.resolve("cashflows.csv"))).isEqualTo(-1L);
    }

    @Test
    void anUnknownOptionIsBadInputAndWritesNothing() {
        Path dir = temp.resolve("nothing");
        int code = cli.execute("run", "scenarios/minimal.yaml", "--options", "nope", "--out", dir.toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("nope").contains("retention").contains("Try 'onepool run --help'.");
        assertThat(cli.out()).isEmpty();
        assertThat(dir).doesNotExist();
    }

    @Test
    void anOutputFolderThatIsNotAnEarlierOutputIsNeverReplaced() throws Exception {
        Path documents = temp.resolve("documents");
        Files.createDirectories(documents);
        Files.writeString(documents.resolve("budget.xlsx"), "precious");
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "2", "--out", documents.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("not an earlier onepool output");
        assertThat(Files.readString(documents.resolve("budget.xlsx"))).isEqualTo("precious");
        Path file = temp.resolve("notes.txt");
        Files.writeString(file, "keep");
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "2", "--out", file.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(file)).isEqualTo("keep");
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "2", "--out", ".")).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsSaidPlainlyBeforeAnythingIsSimulated() throws Exception {
        Path file = temp.resolve("notes.txt");
        Files.writeString(file, "keep");
        for (Path destination : List.of(Path.of("/proc/onepool-out"), file.resolve("out"))) {
            cli.clear();
            // No --quiet: had the appraisal started, its progress would show on the error stream.
            assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "2", "--out",
                    destination.toString())).as(cli.err()).isEqualTo(ExitCode.CANNOT_WRITE);
            assertThat(cli.err()).contains("cannot write the output to " + destination.toAbsolutePath())
                    .contains("--out").contains("Nothing was simulated or written.")
                    .doesNotContain("Appraisal").doesNotContain("internal error").doesNotContain("\tat ");
        }
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void noProjectionsSkipsTheProjectionAndItsOutputsAndChangesNothingElse() throws Exception {
        Path with = temp.resolve("with");
        Path without = temp.resolve("without");
        for (Path dir : List.of(with, without)) {
            List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/minimal.yaml", "--replications", "3",
                    "--no-sensitivity", "--no-stress", "--threads", "2", "--out", dir.toString(), "--quiet"));
            if (dir == without) args.add("--no-projections");
            assertThat(cli.execute(args.toArray(String[]::new))).as(cli.err()).isEqualTo(ExitCode.OK);
        }
        assertThat(with.resolve("projections.csv")).isRegularFile();
        assertThat(without.resolve("projections.csv")).doesNotExist();
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(with.resolve("summary.json").toFile());
        JsonNode b = json.readTree(without.resolve("summary.json").toFile());
        assertThat(a.get("projections").isObject()).isTrue();
        assertThat(b.get("projections").isNull()).isTrue();
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("projections");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("projections");
        assertThat(b).isEqualTo(a);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(without.resolve("workbook.xlsx").toFile())) {
            assertThat(book.getSheet("Projections")).isNull();
        }
        assertThat(Files.readString(without.resolve("report.html"))).contains("No workforce projection was made")
                .contains("--no-projections");
    }

    @Test
    void progressGoesToTheCommandsOwnErrorStream() {
        Path dir = temp.resolve("progress");
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "2", "--no-sensitivity", "--no-stress",
                "--out", dir.toString())).isZero();
        assertThat(cli.err()).contains("Appraisal").contains("2/2");
        assertThat(cli.out()).doesNotContain("Appraisal");
    }

    @Test
    void aFlagOutOfRangeIsBadInputWithTheHelpHint() {
        Path dir = temp.resolve("nothing");
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--replications", "0", "--out", dir.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--replications 0 is out of range; expected 1 to 100000.")
                .contains("Try 'onepool run --help'.");
        cli.clear();
        assertThat(cli.execute("run", "scenarios/minimal.yaml", "--threads", "5000", "--out", dir.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("--threads 5000 is out of range; expected 1 to 1024.")
                .contains("Try 'onepool run --help'.");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aBadScenarioIsBadInputAndWritesNothing() throws Exception {
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/minimal.yaml")).replace("horizonYears: 5", "horizonYears: 99"));
        Path dir = temp.resolve("bad-out");
        assertThat(cli.execute("run", bad.toString(), "--out", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("appraisal.horizonYears");
        assertThat(dir).doesNotExist();
    }
}
