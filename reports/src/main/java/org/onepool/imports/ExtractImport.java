package org.onepool.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onepool.model.data.CampaignRow;
import org.onepool.model.data.ExtractEstimates;
import org.onepool.model.data.LeaverRow;
import org.onepool.model.data.PartnerRecords;
import org.onepool.model.data.RecordsPeriod;
import org.onepool.model.data.StaffRow;
import org.onepool.model.scenario.input.InputFile;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * An import from start to estimates: the mapping read and checked, the template read, every partner's
 * files read through the mapping (every problem of every file collected before anything is refused), and
 * the estimates made.
 */
final class ExtractImport {
    static final String MAPPING = "an import mapping (docs/import.md)";

    final Path mappingFile;
    final ImportMapping mapping;
    final RecordsPeriod period;
    final ObjectNode template;
    /** Each job family's ladder, and which are hard to recruit, from the template (or the grades mapped). */
    final Map<String, Integer> grades = new LinkedHashMap<>();
    final Set<String> hardToRecruit = new HashSet<>();
    final List<PartnerRecords> records = new ArrayList<>();
    final List<FileReport> reports = new ArrayList<>();

    private ExtractImport(Path mappingFile, ImportMapping mapping, RecordsPeriod period, ObjectNode template) {
        this.mappingFile = mappingFile;
        this.mapping = mapping;
        this.period = period;
        this.template = template;
    }

    /** Reads and checks the mapping and its template; throws with every problem found in them. */
    static ExtractImport prepare(Path mappingFile, LocalDate fitUntil) throws ScenarioException {
        ImportMapping mapping = loadMapping(mappingFile);
        LocalDate from = MappingCheck.date(mapping.period().from());
        LocalDate to = MappingCheck.date(mapping.period().to());
        if (fitUntil != null && (fitUntil.isBefore(from.plusMonths(12).minusDays(1)) || fitUntil.isAfter(to))) {
            throw new ScenarioException(List.of(new Problem("--fit-until", fitUntil.toString(),
                    "a date within the period, at least a year after its start (" + from + " to " + to + ")")));
        }
        ObjectNode template = template(mappingFile, mapping);
        ExtractImport run = new ExtractImport(mappingFile, mapping, new RecordsPeriod(from, to, fitUntil), template);
        run.families();
        return run;
    }

    static ImportMapping loadMapping(Path mappingFile) throws ScenarioException {
        ImportMapping mapping = InputFile.load(mappingFile, ImportMapping.class, MAPPING);
        List<Problem> problems = MappingCheck.check(mapping);
        List<Problem> conflicts = new ArrayList<>();
        if (problems.isEmpty()) {
            for (int i = 0; i < mapping.partners().size(); i++) {
                var partner = mapping.partners().get(i);
                LocalDate from = MappingCheck.date(mapping.period().from());
                for (String c : new PartnerCodes(partner, new RecordsPeriod(from, MappingCheck.date(mapping.period().to()))).conflicts()) {
                    conflicts.add(new Problem("partners[" + i + "]", c, "each value under one onepool code"));
                }
            }
        }
        problems = new ArrayList<>(problems);
        problems.addAll(conflicts);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return mapping;
    }

    private static ObjectNode template(Path mappingFile, ImportMapping mapping) throws ScenarioException {
        if (mapping.template() == null) return ScenarioLoader.json().createObjectNode();
        Path file = mappingFile.toAbsolutePath().getParent().resolve(mapping.template());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(List.of(new Problem("template", "no file at " + file, "a scenario file to start from")));
            }
            if (Files.size(file) > ScenarioLoader.MAX_FILE_BYTES) {
                throw new ScenarioException(List.of(new Problem("template", Files.size(file) + " bytes", "a scenario file")));
            }
            JsonNode tree = ScenarioLoader.yaml().readTree(file.toFile());
            if (!(tree instanceof ObjectNode object)) {
                throw new ScenarioException(List.of(new Problem("template", "no mapping of fields", "a scenario file")));
            }
            return object;
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem("template", "text that cannot be read as YAML ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", "a scenario file")));
        }
    }

    /** Each job family's ladder from the template, or the highest grade the mapping gives it. */
    private void families() throws ScenarioException {
        Map<String, Integer> mapped = new LinkedHashMap<>();
        for (var p : mapping.partners()) {
            for (String family : p.jobFamilies().keySet()) {
                Map<String, Integer> g = p.grades().getOrDefault(family, p.grades().get("*"));
                int top = g == null ? 1 : g.values().stream().mapToInt(Integer::intValue).max().orElse(1);
                mapped.merge(family, top, Math::max);
            }
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode families = template.get("jobFamilies");
        if (families != null && families.isArray()) {
            for (JsonNode f : families) {
                grades.put(f.path("id").asText(), f.path("grades").asInt(4));
                if (f.path("hardToRecruit").asBoolean(false)) hardToRecruit.add(f.path("id").asText());
            }
            for (var e : mapped.entrySet()) {
                Integer ladder = grades.get(e.getKey());
                if (ladder == null) {
                    problems.add(new Problem("template.jobFamilies", "no family \"" + e.getKey() + "\"",
                            "every job family the mapping names (" + String.join(", ", mapped.keySet()) + ")"));
                } else if (e.getValue() > ladder) {
                    problems.add(new Problem("grades of " + e.getKey(), "grade " + e.getValue(),
                            "at most the family's " + ladder + " grades in the template"));
                }
            }
        } else {
            grades.putAll(mapped);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
    }

    /** Reads every partner's files; the reports say what was found in each. */
    void read() {
        Path folder = mappingFile.toAbsolutePath().getParent();
        for (int i = 0; i < mapping.partners().size(); i++) {
            var p = mapping.partners().get(i);
            String path = "partners[" + i + "]";
            PartnerCodes codes = new PartnerCodes(p, period);
            List<StaffRow> staff = read(folder, p.staff(), FileKind.STAFF, path + ".staff", codes::staff);
            List<LeaverRow> leavers = p.leavers() == null ? List.of()
                    : read(folder, p.leavers(), FileKind.LEAVERS, path + ".leavers", codes::leaver);
            List<CampaignRow> campaigns = p.vacancies() == null ? List.of()
                    : read(folder, p.vacancies(), FileKind.VACANCIES, path + ".vacancies", codes::campaign);
            records.add(new PartnerRecords(p.id(), staff, leavers, campaigns));
        }
    }

    private <T> List<T> read(Path folder, ImportMapping.FileMapping f, FileKind kind, String path,
                             PartnerRow<T> mapper) {
        FileReport report = new FileReport(f.file());
        List<T> rows = ExtractReader.read(folder.resolve(f.file()), f, kind, path,
                (row, cells) -> mapper.map(row, cells, report), report);
        report.finish(mapping.maxBadRowShare(), mappingFile.getFileName() + " (" + path.replaceFirst("\\.\\w+$", "") + ")");
        reports.add(report);
        return rows;
    }

    /** A partner's conversion of one kind of row. */
    interface PartnerRow<T> {
        T map(RawRow row, Cells cells, FileReport report);
    }

    boolean refused() {
        return reports.stream().anyMatch(FileReport::refused);
    }

    ExtractEstimates estimate() {
        double[] edges = mapping.tenureBandsYears().stream().mapToDouble(Double::doubleValue).toArray();
        return ExtractEstimates.of(records, period, grades, hardToRecruit, edges);
    }
}
