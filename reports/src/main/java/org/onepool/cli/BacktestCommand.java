package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.onepool.imports.Actuals;
import org.onepool.model.data.Backtest;
import org.onepool.model.data.BacktestResult;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.experiment.Progress;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.reports.BacktestFiles;
import org.onepool.reports.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs business as usual from a past month and scores each following year against what happened. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run business as usual from a past month on the staff of that month (rebuilt from the imported "
                + "population and the leavers list) and compare each year's leavers, hires and open vacancies per "
                + "partner and job family with what happened: the share of actuals inside the simulated P10 to P90, and "
                + "the bias. Writes backtest.json, backtest.html and charts/ into the output folder.",
            "The scenario must be one 'onepool import' wrote; the actuals are its partners' leavers lists and vacancy "
                + "logs as the mapping names them."})
final class BacktestCommand extends SimulatingCommand<BacktestResult> {
    @CommandLine.Option(names = "--from", paramLabel = "YYYY-MM", required = true,
            description = "First month simulated; at least twelve months of records must follow it.")
    String from;

    @CommandLine.Option(names = "--actuals", paramLabel = "FILE", arity = "1..*", required = true,
            description = "Leavers lists and vacancy logs, as the mapping names them (both for each partner).")
    List<Path> actuals;

    @CommandLine.Option(names = "--mapping", paramLabel = "FILE",
            description = "The mapping to read the actuals with (default: the one the scenario was imported with).")
    Path mapping;

    @CommandLine.Option(names = "--replications", paramLabel = "N", description = "Replications, 10 to 100000 (default 200).")
    int replications = 200;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name>-backtest).")
    Path out;

    private YearMonth start;
    private Actuals records;
    /** Whether the scenario's rates were fitted on the years the back-test scores. */
    private boolean inSample;

    @Override
    void checkFlags() {
        inRange("--replications", replications, 10, 100_000);
        try {
            start = YearMonth.parse(from);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--from " + from + " is not a month; expected YYYY-MM, e.g. 2022-04.");
        }
    }

    @Override
    String check(Scenario scenario) {
        if (scenario.population() == null) {
            return file + " has no recorded population; expected a scenario written by 'onepool import'.";
        }
        Path mappingFile = mapping;
        if (mappingFile == null) {
            if (scenario.population().mapping() == null) {
                return file + " does not say which mapping it was imported with; give --mapping.";
            }
            mappingFile = file.toAbsolutePath().getParent().resolve(scenario.population().mapping()).normalize();
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            records = Actuals.read(mappingFile, actuals, spec.commandLine().getOut(), err);
        } catch (ScenarioException e) {
            Problems.report(err, mappingFile, e);
            return "the mapping " + mappingFile + " has the problems listed above.";
        } catch (java.io.IOException e) {
            return "cannot read the actuals: " + reason(e) + ".";
        }
        if (records == null) return "the actuals have the problems listed above.";
        YearMonth asOf = scenario.population().people().asOf();
        YearMonth first = YearMonth.from(records.period().from()).plusMonths(1);
        YearMonth last = asOf.minusMonths(11);
        if (start.isBefore(first) || start.isAfter(last)) {
            return "--from " + start + " is outside the records; expected a month from " + first + " (the leavers "
                    + "list must cover the time after it) to " + last + " (twelve months before the population's "
                    + asOf + ").";
        }
        inSample = scenario.population().source().stream().noneMatch(s -> s.contains("rates fitted to"))
                || fittedAfter(scenario, start);
        return null;
    }

    @Override
    Path destination() {
        return out != null ? out : Path.of("out", RunCommand.stem(file) + "-backtest");
    }

    @Override
    BacktestResult run(Scenario scenario, String sha256, Progress progress) {
        return Backtest.run(scenario, start, records.partners(), replications, simulation.seed(scenario),
                simulation.threads(), progress);
    }

    @Override
    void write(BacktestResult result, Scenario scenario, OutputFolder folder) throws IOException {
        BacktestFiles.writeAll(result, inSample, folder);
    }

    @Override
    void printSummary(BacktestResult result, Path destination, PrintWriter outWriter) {
        outWriter.println("Back-test: " + destination.resolve("backtest.html"));
        for (BacktestResult.Coverage c : result.coverageByMeasure()) {
            outWriter.println(String.format(Locale.UK, "  %s: %d of %d yearly actuals inside the simulated P10-P90 (%.0f%%)",
                    c.measure(), c.inside(), c.comparisons(), 100 * c.share()));
        }
        outWriter.println(String.format(Locale.UK, "  all: %.0f%% inside (about 80%% is what a model that describes these years "
                + "shows)%s", 100 * result.coverage(), inSample ? "; in sample: the rates were fitted on these years" : ""));
        outWriter.flush();
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

}
