package org.onepool.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.cli.ExitCode;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The grid on embedded Spark (local[2], one session for the class), on cells small enough that the
 * whole class runs in well under a minute.
 */
class GridSparkTest {
    private static final ObjectWriter WRITER = ScenarioLoader.json().copy().enable(SerializationFeature.INDENT_OUTPUT)
            .writer();
    private static final AtomicInteger TASKS = new AtomicInteger();
    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSpark() {
        spark = GridCommand.start("local[2]");
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart taskStart) {
                TASKS.incrementAndGet();
            }
        });
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static List<Path> results(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("cells"))) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{16}\\.json")).sorted().toList();
        }
    }

    @Test
    void fourCellsGiveByteForByteWhatFourLocalRunsOfTheirScenariosGive() throws Exception {
        Path grid = GridFixtures.write(temp, GridFixtures.grid("Four cells <b>&amp; more</b>", new double[] {0.12, 0.2},
                5, 2, "[none]"));
        Path out = temp.resolve("two-per-block");
        GridFixtures.Ran ran = GridFixtures.grid(grid.toString(), "--out", out.toString(), "--quiet");
        assertThat(ran.code()).as(ran.err()).isEqualTo(ExitCode.OK);
        assertThat(ran.out()).contains("Computed 4 cells (0 already written)");

        List<Path> cells = results(out);
        assertThat(cells).hasSize(4);
        for (Path cellFile : cells) {
            JsonNode cell = ScenarioLoader.json().readTree(cellFile.toFile());
            Path scenario = Path.of(cellFile.toString().replace(".json", ".scenario.json"));
            Path local = temp.resolve("local-" + cellFile.getFileName());
            GridFixtures.Ran run = GridFixtures.onepool("run", scenario.toString(), "--seed", "77", "--replications", "5",
                    "--no-stress", "--no-sensitivity", "--threads", "2", "--quiet", "--out", local.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
            JsonNode summary = ScenarioLoader.json().readTree(local.resolve("summary.json").toFile());
            assertThat(WRITER.writeValueAsString(cell.get("options")))
                    .isEqualTo(WRITER.writeValueAsString(summary.get("options")));
            assertThat(WRITER.writeValueAsString(cell.get("baseline")))
                    .isEqualTo(WRITER.writeValueAsString(summary.get("baseline")));
        }
        // The cells differ: the swept inputs reached the simulation.
        assertThat(cells.stream().map(GridSparkTest::npv).distinct()).hasSize(4);

        // One task per cell, or three, or blocks of five: the same bytes.
        Path one = temp.resolve("one-partition");
        assertThat(GridFixtures.grid(grid.toString(), "--out", one.toString(), "--partitions", "1", "--quiet").code())
                .isEqualTo(ExitCode.OK);
        Path three = temp.resolve("three-partitions");
        assertThat(GridFixtures.grid(grid.toString(), "--out", three.toString(), "--partitions", "3", "--quiet").code())
                .isEqualTo(ExitCode.OK);
        Files.writeString(grid, GridFixtures.grid("Four cells <b>&amp; more</b>", new double[] {0.12, 0.2}, 5, 5,
                "[none]"));
        Path whole = temp.resolve("one-block");
        assertThat(GridFixtures.grid(grid.toString(), "--out", whole.toString(), "--quiet").code()).isEqualTo(ExitCode.OK);
        for (Path other : List.of(one, three, whole)) {
            assertThat(other.resolve("cells.csv")).hasSameTextualContentAs(out.resolve("cells.csv"));
            for (Path cellFile : cells) {
                assertThat(other.resolve("cells").resolve(cellFile.getFileName())).hasSameTextualContentAs(cellFile);
            }
        }

        // The Parquet table holds the CSV's numbers exactly.
        List<Row> rows = spark.read().parquet(out.resolve("cells.parquet").toString()).orderBy("cellNumber", "option")
                .collectAsList();
        List<String> csv = Files.readAllLines(out.resolve("cells.csv"));
        assertThat(rows).hasSize(8);
        assertThat(csv).hasSize(9);
        Map<String, Double> fromCsv = new HashMap<>();
        List<String> header = List.of(csv.get(0).split(","));
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            fromCsv.put(f[header.indexOf("cellNumber")] + f[header.indexOf("option")], Double.parseDouble(f[header.indexOf("npvP50")]));
        }
        for (Row r : rows) {
            assertThat(r.getDouble(r.fieldIndex("npvP50")))
                    .isEqualTo(fromCsv.get(r.getInt(r.fieldIndex("cellNumber")) + r.getString(r.fieldIndex("option"))));
        }

        // The grid's name is shown as text, never as markup.
        Document report = Jsoup.parse(out.resolve("report.html").toFile());
        assertThat(report.select("h1").text()).isEqualTo("Four cells <b>&amp; more</b>");
        assertThat(report.select("h1 b")).isEmpty();
        assertThat(report.select("table.heat")).hasSize(2);
    }

    private static double npv(Path cellFile) {
        try {
            return ScenarioLoader.json().readTree(cellFile.toFile()).get("options").get(0).get("npv").get("p50").asDouble();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void underEffectsHalvedAnEffectOfTwiceTheSizeGivesExactlyTheUnstressedCell() throws Exception {
        // The stress scales every effect by 0.5, and 0.2 x 0.5 is 0.1 to the last bit: same simulation, same
        // random numbers, same appraisal. A stress not applied, or applied to one arm only, breaks this.
        Path grid = GridFixtures.write(temp, """
                name: halved
                scenarios: [scenario.yaml]
                options: [retain]
                stresses: [none, effect-halved]
                sweeps: [{path: "%s", name: effect, values: [0.1, 0.2]}]
                replications: 4
                seed: 5
                replicationsPerBlock: 2
                """.formatted(GridFixtures.EFFECT));
        Path out = temp.resolve("halved");
        assertThat(GridFixtures.grid(grid.toString(), "--out", out.toString(), "--quiet").code()).isEqualTo(ExitCode.OK);
        List<String> rows = Files.readAllLines(out.resolve("cells.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        Map<String, String> npv = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            npv.put(f[header.indexOf("stress")] + " " + f[header.indexOf("effect")], f[header.indexOf("npvMean")] + " "
                    + f[header.indexOf("npvP10")] + " " + f[header.indexOf("optionAnnualTurnoverRate")]);
        }
        assertThat(npv.get("effect-halved 0.2")).isEqualTo(npv.get("none 0.1"));
        assertThat(npv.get("effect-halved 0.1")).isNotEqualTo(npv.get("none 0.1"));
        assertThat(npv.get("none 0.2")).isNotEqualTo(npv.get("none 0.1"));
    }

    @Test
    void aBadSweptValueStopsTheGridBeforeAnyTaskNamingTheCellAndThePath() throws Exception {
        Path grid = GridFixtures.write(temp, GridFixtures.grid("Bad rate", new double[] {0.15, 1.5}, 4, 2, "[none]"));
        Path out = temp.resolve("never");
        int tasksBefore = TASKS.get();
        GridFixtures.Ran ran = GridFixtures.grid(grid.toString(), "--out", out.toString(), "--quiet");

        assertThat(ran.code()).isEqualTo(ExitCode.BAD_INPUT);
        // Cells 2 and 4 (turnover 1.5, the last sweep varying fastest) are named, with the path and value.
        assertThat(ran.err()).contains("cell 2 (scenario.yaml, stress none, effect 0.05, turnover 1.5): "
                + GridFixtures.RATE + ": found 1.5");
        assertThat(ran.err()).contains("cell 4 (").doesNotContain("cell 1 (").doesNotContain("cell 3 (")
                .contains("Nothing was written");
        assertThat(ran.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(TASKS.get()).isEqualTo(tasksBefore);
    }

    @Test
    void aRerunAfterAKillMidGridComputesOnlyTheMissingCellsAndGivesTheSameResults() throws Exception {
        Path grid = GridFixtures.write(temp, GridFixtures.grid("Killed", new double[] {0.12, 0.2}, 16, 4,
                "[none, effect-halved]"));
        Path killed = temp.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(System.getProperty("grid.test.jvm", "").split(" ")));
        command.addAll(List.of(GridCommand.class.getName(), grid.toString(), "--out", killed.toString(), "--master",
                "local[1]", "--quiet"));
        command.removeIf(String::isBlank);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("killed.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (process.isAlive() && System.nanoTime() < deadline
                && (!Files.isDirectory(killed.resolve("cells")) || results(killed).size() < 2)) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
        List<Path> kept = results(killed);
        assertThat(kept).as(Files.readString(temp.resolve("killed.log"))).hasSizeBetween(2, 7);
        assertThat(killed.resolve("cells.csv")).doesNotExist();
        Map<Path, FileTime> written = new HashMap<>();
        for (Path p : kept) written.put(p, Files.getLastModifiedTime(p));

        GridFixtures.Ran rerun = GridFixtures.grid(grid.toString(), "--out", killed.toString(), "--quiet");
        assertThat(rerun.code()).as(rerun.err()).isEqualTo(ExitCode.OK);
        assertThat(rerun.out()).contains("Computed " + (8 - kept.size()) + " cells (" + kept.size() + " already written)");
        for (Path p : kept) assertThat(Files.getLastModifiedTime(p)).isEqualTo(written.get(p));

        Path uninterrupted = temp.resolve("uninterrupted");
        assertThat(GridFixtures.grid(grid.toString(), "--out", uninterrupted.toString(), "--quiet").code())
                .isEqualTo(ExitCode.OK);
        assertThat(killed.resolve("cells.csv")).hasSameTextualContentAs(uninterrupted.resolve("cells.csv"));
        assertThat(new File(killed.resolve("cells").toString()).list()).hasSize(16);
    }
}
