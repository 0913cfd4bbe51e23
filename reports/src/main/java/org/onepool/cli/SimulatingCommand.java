package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onepool.model.experiment.Progress;
import org.onepool.model.scenario.PriceIndex;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.reports.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * A command that reads a scenario, simulates and writes an output folder ({@code run}, {@code optimise} and
 * those to come), as one sequence of steps: check the flags on their own, load the scenario and check it,
 * check the flags against it, make sure the output folder can take the output before anything is simulated
 * (a folder that cannot be written, or a full disk, would otherwise waste the whole run), run with progress
 * on the command's error stream, write every file into a temporary folder moved into place when complete,
 * and say what was written. A command supplies its steps; this class keeps their order and the exit codes.
 */
abstract class SimulatingCommand<R> implements Callable<Integer> {
    /** Free space below which a run is refused before it starts; the bundled scenarios write 0.1 to 12 MB. */
    static final long MIN_FREE_BYTES = 32L * 1024 * 1024;

    @CommandLine.Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path file;

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    /** Checks of the command's own flags, before the scenario is read: throws a picocli ParameterException. */
    abstract void checkFlags();

    /** Checks that need the scenario: a problem to report (in the file or a flag), or null. */
    abstract String check(Scenario scenario);

    /** Where the output goes: the --out folder or the command's default. */
    abstract Path destination();

    abstract R run(Scenario scenario, String sha256, Progress progress);

    abstract void write(R result, Scenario scenario, OutputFolder folder) throws IOException;

    /** The lines printed once the output is in place. */
    abstract void printSummary(R result, Path destination, PrintWriter out);

    @Override
    public final Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        checkFlags();
        simulation.check(this);
        Scenario scenario;
        PriceIndex prices;
        try {
            prices = simulation.prices();
        } catch (IOException | IllegalArgumentException e) {
            return badInput(err, "--gdp-deflator: " + e.getMessage() + "; expected a readable GDP deflator file in the "
                    + "bundled format");
        }
        try {
            scenario = ScenarioLoader.load(file, prices);
        } catch (ScenarioException e) {
            return Problems.report(err, file, e);
        }
        String problem = check(scenario);
        if (problem != null) return badInput(err, problem);
        Path destination = destination();
        String refused = OutputFolder.unsuitable(destination);
        if (refused != null) {
            return badInput(err, "--out: " + refused + "; expected a new folder, an empty one, or an earlier "
                    + "onepool output to replace.");
        }
        String sha256 = sha256(file);
        OutputFolder folder;
        try {
            folder = OutputFolder.create(destination);
        } catch (IOException e) {
            return cannotWrite(err, destination, reason(e), "Nothing was simulated or written.");
        }
        R result;
        try (folder) {
            long free = folder.usableBytes();
            if (free < MIN_FREE_BYTES) {
                return cannotWrite(err, destination, "the disk is nearly full (" + free / (1024 * 1024)
                        + " MB free; onepool needs " + MIN_FREE_BYTES / (1024 * 1024) + " MB)",
                        "Nothing was simulated or written.");
            }
            try (ProgressBarProgress progress = new ProgressBarProgress(err, simulation.quiet)) {
                result = run(scenario, sha256, progress);
            }
            try {
                write(result, scenario, folder);
                folder.commit();
            } catch (IOException e) {
                return cannotWrite(err, destination, reason(e), "The results were not saved: nothing was written.");
            }
        }
        printSummary(result, folder.destination(), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private static int badInput(PrintWriter err, String problem) {
        err.println("onepool: " + problem + " Nothing was written.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** The user's environment, not their input nor a fault in onepool: said plainly, with the path. */
    private static int cannotWrite(PrintWriter err, Path destination, String reason, String consequence) {
        err.println("onepool: cannot write the output to " + destination.toAbsolutePath().normalize() + ": " + reason
                + ". Choose another folder with --out, or make room or permission there. " + consequence);
        err.flush();
        return ExitCode.CANNOT_WRITE;
    }

    /** What the operating system said, in words: "permission denied", "no space left on device". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "a folder on the way does not exist or cannot be created";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Out of range, in the words every flag uses: "--replications 0 is out of range; expected 1 to 100000." */
    void inRange(String flag, Number value, long min, long max) {
        if (value == null || (value.longValue() >= min && value.longValue() <= max)) return;
        throw new CommandLine.ParameterException(spec.commandLine(),
                flag + " " + value + " is out of range; expected " + min + " to " + max + ".");
    }
}
