package org.onepool.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onepool.model.data.ExtractEstimates;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;

/** {@code onepool import}: from the mapping to the written scenario, or a refusal with every problem. */
public final class Importer {
    private Importer() {
    }

    /**
     * Imports the extracts the mapping names into {@code destination} (and its population file beside it).
     *
     * @return true if written; false if refused (the reasons printed on {@code err}, nothing written)
     * @throws ScenarioException when the mapping or its template is wrong (every problem in it)
     */
    public static boolean run(Path mappingFile, Path destination, LocalDate fitUntil, PrintWriter out, PrintWriter err)
            throws IOException, ScenarioException {
        ExtractImport run = ExtractImport.prepare(mappingFile, fitUntil);
        String unsuitable = ImportFiles.unsuitable(destination);
        if (unsuitable != null) {
            err.println("onepool import: --out: " + unsuitable + "; expected a new file or an earlier import to replace. "
                    + "Nothing was written.");
            err.flush();
            return false;
        }
        run.read();
        ImportSummary.files(out, run.reports);
        out.flush();
        if (ImportSummary.problems(err, run.reports)) {
            err.println("Nothing was written.");
            err.flush();
            return false;
        }
        ExtractEstimates estimates = run.estimate();
        Path folder = destination.toAbsolutePath().normalize().getParent();
        String mappingPath = folder.relativize(mappingFile.toAbsolutePath().normalize()).toString().replace('\\', '/');
        var tree = ScenarioAssembly.build(run, estimates, ImportFiles.populationOf(destination).getFileName().toString(),
                mappingPath);
        List<String> header = new ArrayList<>();
        header.add("From " + mappingFile.getFileName() + ": staff lists at " + run.period.to() + "; leavers and campaigns from "
                + run.period.from() + (run.period.fitUntil().equals(run.period.to()) ? "" : "; rates fitted to " + run.period.fitUntil())
                + ".");
        header.add("Staff in post are in " + ImportFiles.populationOf(destination).getFileName()
                + " (no names or identifiers; ages in bands).");
        for (String note : estimates.notes()) header.add("Small cell: " + note);
        Scenario written;
        try {
            written = ImportFiles.write(destination, tree, estimates, header);
        } catch (ScenarioException e) {
            err.println("onepool import: the scenario built from the records and " + (run.mapping.template() == null
                    ? "the defaults" : "the template " + run.mapping.template()) + " does not check out:");
            for (var p : e.problems()) err.println("  " + p.message());
            err.println("Nothing was written.");
            err.flush();
            return false;
        }
        for (String line : ImportSummary.estimates(estimates)) out.println(line);
        if (!estimates.notes().isEmpty()) {
            out.println("Small cells (fewer than five people) merged or flagged:");
            for (String note : estimates.notes()) out.println("  " + note);
        }
        out.println(String.format(Locale.UK, "Wrote %s and %s (%,d staff in post at %s).", destination,
                ImportFiles.populationOf(destination), estimates.population().people().size(), estimates.population().asOf()));
        out.println("Next: onepool validate " + destination + "   then   onepool run " + destination);
        out.flush();
        return written != null;
    }

    /** Proposes a mapping for the extracts; false when nothing could be proposed (reasons on {@code err}). */
    public static boolean suggest(List<Path> extracts, Path destination, PrintWriter out, PrintWriter err) throws IOException {
        return MappingSuggestion.write(extracts, destination, out, err);
    }
}
