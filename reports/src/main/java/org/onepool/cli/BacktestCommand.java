package org.onepool.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onepool.imports.Actuals;
import org.onepool.model.data.Backtest;
import org.onepool.model.data.BacktestResult;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.ScenarioLoader;
import org.onepool.reports.BacktestFiles;
import org.onepool.reports.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs business as usual from a past month and scores each following year against what happened. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run business as usual from a past month on the staff of that month (rebuilt from the imported "
                + "population and the leavers list) and compare each year's leavers, hires and open vacancies per "
                + "partner and job family with what happened: the share of actuals inside the simulated P10 to P90, and "
                + "the bias. Writes backtest.json, backtest.html and charts/ into the output folder.",
            "The scenario must be one 'onepool import' wrote; the actuals are its partners' leavers lists and vacancy "
                + "logs as the mapping names them."})
final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "An imported scenario (.yaml).")
    Path file;

    @CommandLine.Option(names = "--from", paramLabel = "YYYY-MM", required = true,
            description = "First month simulated; at least twelve months of records must follow it.")
    String from;

    @CommandLine.Option(names = "--actuals", paramLabel = "FILE", arity = "1..*", required = true,
            description = "Leavers lists and vacancy logs, as the mapping names them (both for each partner).")
    List<Path> actuals;

    @CommandLine.Option(names = "--mapping", paramLabel = "FILE",
            description = "The mapping to read the actuals with (default: the one the scenario was imported with).")
    Path mapping;

    @CommandLine.Option(names = "--replications", paramLabel = "N", description = "Replications (default 200).")
    int replications = 200;

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name>-backtest).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            return Problems.report(err, file, e);
        }
        YearMonth start;
        try {
            start = YearMonth.parse(from);
        } catch (DateTimeParseException e) {
            return bad(err, "--from " + from + " is not a month; expected YYYY-MM, e.g. 2022-04.");
        }
        if (scenario.population() == null) {
            return bad(err, file + " has no recorded population; expected a scenario written by 'onepool import'.");
        }
        if (replications < 10 || replications > 100_000) {
            return bad(err, "--replications " + replications + " is out of range; expected 10 to 100000.");
        }
        if (simulation.problem() != null) return bad(err, simulation.problem());
        Path mappingFile = mapping;
        if (mappingFile == null) {
            if (scenario.population().mapping() == null) {
                return bad(err, file + " does not say which mapping it was imported with; give --mapping.");
            }
            mappingFile = file.toAbsolutePath().getParent().resolve(scenario.population().mapping()).normalize();
        }
        YearMonth asOf = scenario.population().people().asOf();
        Path destination = out != null ? out : Path.of("out", RunCommand.stem(file) + "-backtest");
        String refused = OutputFolder.unsuitable(destination);
        if (refused != null) {
            return bad(err, "--out: " + refused + "; expected a new folder, an empty one, or an earlier onepool output to replace.");
        }
        Actuals records;
        try {
            records = Actuals.read(mappingFile, actuals, outWriter, err);
        } catch (ScenarioException e) {
            return Problems.report(err, mappingFile, e);
        }
        if (records == null) {
            err.println("Nothing was written.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        YearMonth first = YearMonth.from(records.period().from()).plusMonths(1);
        YearMonth last = asOf.minusMonths(11);
        if (start.isBefore(first) || start.isAfter(last)) {
            return bad(err, "--from " + start + " is outside the records; expected a month from " + first + " (the leavers "
                    + "list must cover the time after it) to " + last + " (twelve months before the population's " + asOf + ").");
        }
        int threads = simulation.threads != null ? simulation.threads : Runtime.getRuntime().availableProcessors();
        long seed = simulation.seed(scenario);
        BacktestResult result;
        try (ProgressBarProgress progress = new ProgressBarProgress(new PrintStream(System.err, true, StandardCharsets.UTF_8),
                simulation.quiet)) {
            result = Backtest.run(scenario, start, records.partners(), replications, seed, threads, progress);
        }
        boolean inSample = scenario.population().source().stream().noneMatch(s -> s.contains("rates fitted to"))
                || fittedAfter(scenario, start);
        try (OutputFolder folder = OutputFolder.create(destination)) {
            BacktestFiles.writeAll(result, inSample, folder);
            folder.commit();
        }
        outWriter.println("Back-test: " + destination.resolve("backtest.html"));
        for (BacktestResult.Coverage c : result.coverageByMeasure()) {
            outWriter.println(String.format(Locale.UK, "  %s: %d of %d yearly actuals inside the simulated P10-P90 (%.0f%%)",
                    c.measure(), c.inside(), c.comparisons(), 100 * c.share()));
        }
        outWriter.println(String.format(Locale.UK, "  all: %.0f%% inside (about 80%% is what a model that describes these years "
                + "shows)%s", 100 * result.coverage(), inSample ? "; in sample: the rates were fitted on these years" : ""));
        outWriter.flush();
        return ExitCode.OK;
    }

    /** Whether the rates were fitted on records after the back-test's start (the source says until when). */
    private static boolean fittedAfter(Scenario scenario, YearMonth start) {
        for (String s : scenario.population().source()) {
            int at = s.indexOf("rates fitted to ");
            if (at < 0) continue;
            String date = s.substring(at + "rates fitted to ".length()).strip();
            if (date.length() >= 7 && YearMonth.parse(date.substring(0, 7)).isAfter(start.minusMonths(1))) return true;
        }
        return false;
    }

    private static int bad(PrintWriter err, String message) {
        err.println("onepool backtest: " + message + " Nothing was written.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
