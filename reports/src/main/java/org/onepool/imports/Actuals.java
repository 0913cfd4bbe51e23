package org.onepool.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onepool.model.data.CampaignRow;
import org.onepool.model.data.LeaverRow;
import org.onepool.model.data.PartnerRecords;
import org.onepool.model.data.RecordsPeriod;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;

/**
 * What happened, for {@code onepool backtest}: leavers lists and vacancy logs read through the mapping that
 * names them (matched by path, or by file name), with the same checks as an import.
 *
 * @param partners one entry per partner whose leavers and vacancies were given
 * @param period   the dates the mapping says the records cover
 */
public record Actuals(List<PartnerRecords> partners, RecordsPeriod period) {

    /**
     * Reads {@code files}; every file must be a leavers list or vacancy log the mapping names, and each partner
     * needs both. Returns null when a file is refused (the reasons printed on {@code err}).
     */
    public static Actuals read(Path mappingFile, List<Path> files, PrintWriter out, PrintWriter err)
            throws ScenarioException, IOException {
        ImportMapping mapping = ExtractImport.loadMapping(mappingFile);
        RecordsPeriod period = new RecordsPeriod(MappingCheck.date(mapping.period().from()), MappingCheck.date(mapping.period().to()));
        Path folder = mappingFile.toAbsolutePath().getParent();
        Map<String, Path[]> byPartner = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            boolean matched = false;
            for (var p : mapping.partners()) {
                int kind = matches(folder, p.leavers(), file) ? 0 : matches(folder, p.vacancies(), file) ? 1 : -1;
                if (kind < 0) continue;
                byPartner.computeIfAbsent(p.id(), k -> new Path[2])[kind] = file;
                matched = true;
                break;
            }
            if (!matched) {
                problems.add(new Problem("--actuals", file.toString(), "a leavers list or vacancy log named in "
                        + mappingFile + " (" + String.join(", ", named(mapping)) + ")"));
            }
        }
        for (var e : byPartner.entrySet()) {
            if (e.getValue()[0] == null || e.getValue()[1] == null) {
                problems.add(new Problem("--actuals", "only the " + (e.getValue()[0] == null ? "vacancy log" : "leavers list")
                        + " of " + e.getKey(), "both its leavers list and its vacancy log"));
            }
        }
        if (byPartner.isEmpty() && problems.isEmpty()) problems.add(new Problem("--actuals", "no files", "leavers lists and vacancy logs"));
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        List<FileReport> reports = new ArrayList<>();
        List<PartnerRecords> partners = new ArrayList<>();
        for (int i = 0; i < mapping.partners().size(); i++) {
            var p = mapping.partners().get(i);
            Path[] given = byPartner.get(p.id());
            if (given == null) continue;
            PartnerCodes codes = new PartnerCodes(p, period);
            String path = "partners[" + i + "]";
            FileReport leaversReport = new FileReport(given[0].toString());
            List<LeaverRow> leavers = ExtractReader.read(given[0], p.leavers(), FileKind.LEAVERS, path + ".leavers",
                    (row, cells) -> codes.leaver(row, cells, leaversReport), leaversReport);
            leaversReport.finish(mapping.maxBadRowShare(), mappingFile.getFileName() + " (" + path + ")");
            FileReport vacanciesReport = new FileReport(given[1].toString());
            List<CampaignRow> campaigns = ExtractReader.read(given[1], p.vacancies(), FileKind.VACANCIES, path + ".vacancies",
                    (row, cells) -> codes.campaign(row, cells, vacanciesReport), vacanciesReport);
            vacanciesReport.finish(mapping.maxBadRowShare(), mappingFile.getFileName() + " (" + path + ")");
            reports.add(leaversReport);
            reports.add(vacanciesReport);
            partners.add(new PartnerRecords(p.id(), List.of(), leavers, campaigns));
        }
        ImportSummary.files(out, reports);
        out.flush();
        if (ImportSummary.problems(err, reports)) return null;
        return new Actuals(partners, period);
    }

    private static boolean matches(Path folder, ImportMapping.FileMapping entry, Path file) throws IOException {
        if (entry == null) return false;
        Path named = folder.resolve(entry.file());
        if (Files.exists(named) && Files.exists(file)) return Files.isSameFile(named, file);
        return named.getFileName().equals(file.getFileName());
    }

    private static List<String> named(ImportMapping mapping) {
        List<String> names = new ArrayList<>();
        for (var p : mapping.partners()) {
            if (p.leavers() != null) names.add(p.leavers().file());
            if (p.vacancies() != null) names.add(p.vacancies().file());
        }
        return names;
    }

    /** The day the records end. */
    public LocalDate end() {
        return period.to();
    }
}
