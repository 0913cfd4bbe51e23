package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.onepool.imports.Importer;
import org.onepool.model.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Builds a scenario from the partners' HR extracts, or proposes a mapping for them. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read the partners' HR extracts (staff lists, leavers lists, vacancy logs; CSV or XLSX) through a "
                + "column and code mapping and write a scenario with the recorded population (FILE.population.csv beside "
                + "it), leaving rates by tenure band with 95%% intervals as their ranges, reason shares, time to fill, "
                + "campaign failure and agency cover. Format: docs/import.md.",
            "No names or identifiers are read: an extract holding any is refused. Bad rows are listed by file, line and "
                + "column; a file with too many is refused and nothing is written.",
            "With --suggest-mapping, proposes a mapping from the extracts' headers and values instead, to edit."})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MAPPING", arity = "0..1", description = "The mapping file (.yaml).")
    Path mapping;

    @CommandLine.Option(names = "--out", paramLabel = "FILE",
            description = "Scenario to write (default: out/<mapping file name>.yaml); the population goes beside it.")
    Path out;

    @CommandLine.Option(names = "--fit-until", paramLabel = "YYYY-MM-DD",
            description = "Estimate the rates from records up to this date only (e.g. to back-test the later years).")
    String fitUntil;

    @CommandLine.Option(names = "--suggest-mapping", paramLabel = "EXTRACT", arity = "1..*",
            description = "Propose a mapping for these extract files (a staff list, and optionally leavers and vacancies) "
                    + "and print it, or write it to --out.")
    List<Path> suggest;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (suggest != null) {
            if (mapping != null) return badArguments(err, "give either a MAPPING or --suggest-mapping EXTRACT..., not both.");
            return Importer.suggest(suggest, out, outWriter, err) ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
        if (mapping == null) return badArguments(err, "give the MAPPING file (or --suggest-mapping EXTRACT... to start one).");
        LocalDate until = null;
        if (fitUntil != null) {
            try {
                until = LocalDate.parse(fitUntil);
            } catch (DateTimeParseException e) {
                return badArguments(err, "--fit-until " + fitUntil + " is not a date; expected YYYY-MM-DD.");
            }
        }
        Path destination = out != null ? out : Path.of("out", RunCommand.stem(mapping) + ".yaml");
        try {
            return Importer.run(mapping, destination, until, outWriter, err) ? ExitCode.OK : ExitCode.BAD_INPUT;
        } catch (ScenarioException e) {
            return Problems.report(err, mapping, e);
        }
    }

    private static int badArguments(PrintWriter err, String message) {
        err.println("onepool import: " + message + " Nothing was written.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
