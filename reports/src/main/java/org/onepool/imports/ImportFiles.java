package org.onepool.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.onepool.model.data.ExtractEstimates;
import org.onepool.model.population.PopulationCsv;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the imported scenario and its population file: both into a temporary folder beside the
 * destination, the scenario loaded back from there and checked as any scenario is, then both moved into
 * place. Files at the destination are replaced only if an earlier import wrote them.
 */
final class ImportFiles {
    static final String MARK = "# Written by onepool import";

    private ImportFiles() {
    }

    /** The population file's name beside a scenario file: area.yaml -> area.population.csv. */
    static Path populationOf(Path scenario) {
        String name = scenario.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return scenario.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".population.csv");
    }

    /** Why the destination cannot be written, or null. */
    static String unsuitable(Path scenario) throws IOException {
        for (Path file : List.of(scenario, populationOf(scenario))) {
            if (Files.isDirectory(file)) return file + " is a folder";
            if (Files.exists(file)) {
                String first;
                try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    first = lines.findFirst().orElse("");
                } catch (java.io.UncheckedIOException e) {
                    first = "";
                }
                if (!first.startsWith(MARK)) return file + " exists and was not written by onepool import";
            }
        }
        return null;
    }

    /** Writes both files; a scenario that does not load (a template that does not fit) is refused, nothing written. */
    static Scenario write(Path scenarioFile, ObjectNode scenario, ExtractEstimates estimates, List<String> header)
            throws IOException, ScenarioException {
        Path destination = scenarioFile.toAbsolutePath().normalize();
        Files.createDirectories(destination.getParent());
        Path temporary = Files.createTempDirectory(destination.getParent(), ".import-");
        try {
            Path scenarioTemp = temporary.resolve(destination.getFileName());
            Path populationTemp = populationOf(scenarioTemp);
            List<String> lines = new ArrayList<>();
            lines.add(MARK + ": edit it freely, but a new import replaces it.");
            for (String h : header) lines.add("# " + h);
            StringBuilder text = new StringBuilder();
            for (String l : lines) text.append(l.replace('\n', ' ')).append('\n');
            text.append(yaml(scenario));
            Files.writeString(scenarioTemp, text.toString(), StandardCharsets.UTF_8);
            try (Writer w = Files.newBufferedWriter(populationTemp, StandardCharsets.UTF_8)) {
                List<String> comments = new ArrayList<>();
                comments.add(MARK.substring(2) + ": staff in post at the end of " + estimates.population().asOf()
                        + ", one row a person; no names or identifiers; ages in bands (merged so that each partner, "
                        + "job family and grade has at least five people in a band where it can).");
                PopulationCsv.write(estimates.population(), comments, w);
            }
            Scenario loaded = ScenarioLoader.load(scenarioTemp);
            move(populationTemp, populationOf(destination));
            move(scenarioTemp, destination);
            return loaded;
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The scenario as YAML a person can read: SnakeYAML (under Jackson's YAML support) writes lists and maps
     * of plain values on one line ({@code triangular: [0.1, 0.2, 0.3]}), whole numbers without a decimal point.
     */
    static String yaml(JsonNode scenario) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setWidth(130);
        options.setSplitLines(false);
        options.setIndent(2);
        return new Yaml(options).dump(plain(scenario));
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode item : node) list.add(plain(item));
            return list;
        }
        if (node.isNumber()) {
            double v = node.asDouble();
            return node.isIntegralNumber() || v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) node.asLong() : (Object) v;
        }
        if (node.isBoolean()) return node.asBoolean();
        if (node.isNull()) return null;
        return node.asText();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover hidden .import- folder is harmless and named as such.
        }
    }
}
