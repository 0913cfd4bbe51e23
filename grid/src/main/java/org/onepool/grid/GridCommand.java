package org.onepool.grid;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.onepool.cli.ExitCode;
import org.onepool.cli.ProgressBarProgress;
import org.onepool.cli.Problems;
import org.onepool.model.Version;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.reports.Formats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code onepool grid GRID.yaml}: runs a scenario grid on Spark, embedded by default or on a cluster. */
@Command(name = "onepool grid", mixinStandardHelpOptions = true, versionProvider = GridCommand.VersionProvider.class,
        description = {"Run a scenario grid (base scenarios x options x stresses x swept inputs) on Apache Spark and "
                + "write cells.csv, cells.parquet/, report.html and cells/ (one result per cell) into the output folder.",
            "Every cell is checked before any task runs. A rerun skips the cells already written."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  onepool grid scenarios/grids/social-work-retention.yaml",
                "      embedded Spark on every core; writes out/social-work-retention/",
                "  onepool grid my-grid.yaml --check",
                "      check every cell and list them; run nothing",
                "  onepool grid my-grid.yaml --master spark://head:7077 --out /data/onepool/grid",
                "      on a standalone Spark cluster",
                "  spark-submit --class org.onepool.grid.GridCommand \\",
                "      grid/target/onepool-grid.jar my-grid.yaml     the same jar on any cluster"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error, or a cell failed on every retry (finished cells are kept)",
                "2:bad input; nothing was written"})
public final class GridCommand implements Callable<Integer> {
    /** Embedded Spark on every core; a failed task is tried up to 4 times, as on a cluster. */
    static final String DEFAULT_MASTER = "local[*,4]";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GRID", description = "Grid file (.yaml); format in docs/grid-format.md.")
    Path file;

    @CommandLine.Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else " + DEFAULT_MASTER + ": embedded, every core).")
    String master;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<grid file name without extension>). A rerun into the same "
                    + "folder skips the cells already written.")
    Path out;

    @CommandLine.Option(names = "--partitions", paramLabel = "N",
            description = "Spark tasks per cell (default: one per block of replications). Results do not depend on it.")
    Integer partitions;

    @CommandLine.Option(names = "--check", description = "Check the grid and every cell's scenario, print the cells, "
            + "run nothing.")
    boolean check;

    @CommandLine.Option(names = "--quiet", description = "No progress bar; only the final lines.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new GridCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("onepool grid: internal error: " + ex);
            err.println("This is a fault in onepool, not in your input. Cells already finished are kept.");
            if (Boolean.getBoolean("onepool.debug")) ex.printStackTrace(err);
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("onepool grid: " + ex.getMessage());
            err.println("Try 'onepool grid --help'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (partitions != null && (partitions < 1 || partitions > 100_000)) {
            return refuse(err, "--partitions " + partitions + " is out of range; expected 1 to 100000.");
        }
        Grid grid;
        List<Cell> cells;
        try {
            grid = GridLoader.load(file);
            cells = Cells.of(grid);
        } catch (ScenarioException e) {
            return Problems.report(err, file, e);
        }
        Path destination = out != null ? out : Path.of("out", stem(file));
        String refused = GridOutput.unsuitable(destination);
        if (refused != null) {
            return refuse(err, "--out: " + refused + "; expected a new folder, an empty one, or an earlier grid output "
                    + "to continue.");
        }
        if (check) {
            outWriter.println("ok: " + cells.size() + " cells, " + describeWork(grid, cells));
            for (Cell c : cells) outWriter.println("  " + c.describe(grid.axes()) + " " + c.key());
            outWriter.flush();
            return ExitCode.OK;
        }
        CellStore store = new CellStore(destination.resolve(GridOutput.CELLS));
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = ownSession ? start(master) : SparkSession.getDefaultSession().get();
        try {
            outWriter.println("Grid " + grid.name() + ": " + cells.size() + " cells, " + describeWork(grid, cells)
                    + ", on " + spark.sparkContext().master() + " (" + spark.sparkContext().defaultParallelism()
                    + " task slots).");
            outWriter.flush();
            GridRunner.Outcome outcome;
            try (ProgressBarProgress progress = new ProgressBarProgress(err, quiet)) {
                outcome = new GridRunner(spark, grid, store, partitions == null ? 0 : partitions, progress).run(cells);
            } catch (GridRunner.CellFailed e) {
                err.println("onepool grid: " + e.getMessage());
                err.println("Spark retried its failed tasks as often as it allows; the cells finished before it are kept in "
                        + store.folder() + ". Run the same command again to finish the rest.");
                err.flush();
                return ExitCode.INTERNAL_ERROR;
            }
            TableFiles.write(spark, TidyTable.of(grid, outcome.results()), destination);
            CellStore.atomically(destination.resolve("report.html"),
                    GridReport.render(grid, outcome.results(), LocalDate.now()));
            outWriter.println("Report: " + destination.resolve("report.html"));
            outWriter.println(String.format(Locale.UK, "Computed %d cells (%d already written) in %.1f s: %s staff-months "
                            + "a second.", outcome.computed(), outcome.skipped(), outcome.seconds(),
                    Formats.count(outcome.seconds() > 0 ? outcome.staffMonthsComputed() / outcome.seconds() : 0)));
            outWriter.flush();
            return ExitCode.OK;
        } finally {
            if (ownSession) spark.stop();
        }
    }

    private static String describeWork(Grid grid, List<Cell> cells) {
        int replications = cells.isEmpty() ? 0 : cells.get(0).replications();
        return replications + " replications each in blocks of " + grid.replicationsPerBlock();
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("onepool grid: " + message + " Nothing was written.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** spark-submit passes its master as a system property; otherwise embedded. The web UI is off. */
    static SparkSession start(String master) {
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        SparkConf conf = new SparkConf().setAppName("onepool grid");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster(DEFAULT_MASTER);
        conf.setIfMissing("spark.ui.enabled", "false");
        // The tidy table is wide; Spark would warn that it shortens the plan it never prints.
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "1000");
        return SparkSession.builder().config(conf).getOrCreate();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The version stamped at build time. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"onepool grid " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
