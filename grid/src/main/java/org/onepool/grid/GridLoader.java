package org.onepool.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.onepool.model.finance.GdpDeflator;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.AssumptionsRegister;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.scenario.Stress;

/**
 * Reads a grid file and checks it against its base scenarios: every problem found is reported at once,
 * each with its field path, what was found and what was expected.
 */
public final class GridLoader {
    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_VALUES_PER_SWEEP = 1000;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private final List<Problem> problems = new ArrayList<>();

    private GridLoader() {
    }

    public static Grid load(Path file) throws ScenarioException {
        return new GridLoader().read(file);
    }

    private Grid read(Path file) throws ScenarioException {
        GridFile g = bind(file);
        if (g.name().isBlank()) add("name", "blank text", "a title for the grid report");
        if (g.scenarios().isEmpty()) add("scenarios", "an empty list", "at least one scenario file");
        if (g.replications() != null && (g.replications() < 1 || g.replications() > 100_000)) {
            add("replications", String.valueOf(g.replications()), "1 to 100000 replications per cell");
        }
        if (g.replicationsPerBlock() < 1 || g.replicationsPerBlock() > 100_000) {
            add("replicationsPerBlock", String.valueOf(g.replicationsPerBlock()), "1 to 100000 replications per task");
        }
        if (g.stresses().isEmpty()) add("stresses", "an empty list", "stress ids, or none");
        unique("stresses", g.stresses());
        if (g.options() != null) {
            if (g.options().isEmpty()) add("options", "an empty list", "option ids (leave out for every option)");
            unique("options", g.options());
        }
        List<Grid.Axis> axes = axes(g.sweeps());
        List<Grid.Base> bases = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        for (int i = 0; i < g.scenarios().size(); i++) {
            Grid.Base base = base("scenarios[" + i + "]", g.scenarios().get(i), folder);
            if (base == null) continue;
            bases.add(base);
            references("scenarios[" + i + "]", base, g, axes);
        }
        Grid grid = new Grid(g.name(), g.description(), file, bases, g.options(), g.stresses(), axes, g.replications(),
                g.seed(), g.replicationsPerBlock());
        if (problems.isEmpty() && grid.cellCount() > Grid.MAX_CELLS) {
            add("sweeps", grid.cellCount() + " cells", "at most " + Grid.MAX_CELLS + " cells in one grid");
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return grid;
    }

    private void add(String path, String found, String expected) {
        problems.add(new Problem(path, found, expected));
    }

    private GridFile bind(Path file) throws ScenarioException {
        String text;
        try {
            if (!Files.isRegularFile(file)) throw fileProblem("no file at " + file, "a grid file (.yaml)");
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw fileProblem(Files.size(file) + " bytes", "a grid file of at most " + MAX_FILE_BYTES + " bytes");
            }
            text = Files.readString(file);
        } catch (IOException e) {
            throw fileProblem("a file that cannot be read (" + e.getMessage() + ")", "a readable UTF-8 grid file");
        }
        try {
            GridFile g = ScenarioLoader.yaml().readValue(text, GridFile.class);
            if (g == null) throw fileProblem("an empty file", "a grid: name, scenarios, sweeps, replications");
            return g;
        } catch (UnrecognizedPropertyException e) {
            throw new ScenarioException(List.of(new Problem(ScenarioLoader.pathOf(e), "an unknown field",
                    "one of " + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
                            + " (docs/grid-format.md)")));
        } catch (MismatchedInputException e) {
            throw new ScenarioException(List.of(new Problem(ScenarioLoader.pathOf(e), "a value of another kind",
                    kind(e.getTargetType()) + " (docs/grid-format.md)")));
        } catch (JsonMappingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("a value that does not fit");
            throw new ScenarioException(List.of(new Problem(ScenarioLoader.pathOf(e), message,
                    "the grid format (docs/grid-format.md)")));
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            throw fileProblem(at + e.getOriginalMessage().lines().findFirst().orElse("unreadable text"),
                    "well-formed YAML");
        }
    }

    /** What a field holds, in words rather than Java types. */
    private static String kind(Class<?> type) {
        if (type == null) return "a value of the kind the grid format gives";
        if (type == String.class) return "text";
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) return "a whole number";
        if (type == Double.class || type == double.class) return "a number";
        if (java.util.Collection.class.isAssignableFrom(type)) return "a list";
        return "a mapping of fields";
    }

    private static ScenarioException fileProblem(String found, String expected) {
        return new ScenarioException(List.of(new Problem("(file)", found, expected)));
    }

    private void unique(String path, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) add(path + "[" + i + "]", "nothing", "an id");
            else if (!seen.add(ids.get(i))) add(path + "[" + i + "]", "\"" + ids.get(i) + "\" again", "each id once");
        }
    }

    private List<Grid.Axis> axes(List<GridFile.Sweep> sweeps) {
        List<Grid.Axis> axes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sweeps.size(); i++) {
            String p = "sweeps[" + i + "]";
            GridFile.Sweep s = sweeps.get(i);
            if (s.path().isBlank()) {
                add(p + ".path", "blank text", "an input's path as the assumptions register shows it");
                continue;
            }
            String name = s.name() != null ? s.name() : lastField(s.path());
            if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
                add(p + ".name", "\"" + name + "\"", "a column name of letters, digits and '_', starting with a letter");
            } else if (!names.add(name)) {
                add(p + ".name", "\"" + name + "\" again", "a name no other sweep has (set name: to tell them apart)");
            }
            double multiplier = s.multiplier() == null ? 1 : s.multiplier();
            if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
                add(p + ".multiplier", String.valueOf(s.multiplier()), "a positive number");
            }
            List<Double> values = values(p, s);
            if (values != null) axes.add(new Grid.Axis(name, s.label() != null ? s.label() : name, s.path(), values, multiplier));
        }
        return axes;
    }

    private List<Double> values(String p, GridFile.Sweep s) {
        if ((s.values() == null) == (s.range() == null)) {
            add(p, s.values() == null ? "neither values nor range" : "both values and range",
                    "either values: [a, b, ...] or range: {from, to, step}");
            return null;
        }
        if (s.values() != null) {
            if (s.values().isEmpty()) add(p + ".values", "an empty list", "at least one value");
            for (int k = 0; k < s.values().size(); k++) {
                Double v = s.values().get(k);
                if (v == null || !Double.isFinite(v)) add(p + ".values[" + k + "]", String.valueOf(v), "a number");
            }
            if (s.values().size() > MAX_VALUES_PER_SWEEP) {
                add(p + ".values", s.values().size() + " values", "at most " + MAX_VALUES_PER_SWEEP);
            }
            return s.values();
        }
        GridFile.Range r = s.range();
        if (!(r.step() > 0) || !Double.isFinite(r.from()) || !(r.to() >= r.from()) || Double.isInfinite(r.to())) {
            add(p + ".range", "from " + r.from() + " to " + r.to() + " step " + r.step(),
                    "a positive step and to no less than from");
            return null;
        }
        // Decimal steps, so that from 0.05 step 0.05 gives 0.15, not 0.15000000000000002.
        BigDecimal from = BigDecimal.valueOf(r.from());
        BigDecimal step = BigDecimal.valueOf(r.step());
        BigDecimal to = BigDecimal.valueOf(r.to());
        long count = to.subtract(from).divide(step, java.math.MathContext.DECIMAL64).longValue() + 1;
        if (count > MAX_VALUES_PER_SWEEP) {
            add(p + ".range", count + " values", "at most " + MAX_VALUES_PER_SWEEP + " (a larger step)");
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (long k = 0; k < count; k++) values.add(from.add(step.multiply(BigDecimal.valueOf(k))).doubleValue());
        return values;
    }

    private static String lastField(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket >= 0 ? last.substring(0, bracket) : last;
    }

    private Grid.Base base(String p, String name, Path folder) {
        if (name == null || name.isBlank()) {
            add(p, "nothing", "a scenario file, relative to the grid file's folder");
            return null;
        }
        Path file = folder.resolve(name).normalize();
        try {
            Scenario scenario = ScenarioLoader.load(file, GdpDeflator.bundled());
            JsonNode tree = ScenarioLoader.json().readTree(ScenarioLoader.toJson(scenario));
            return new Grid.Base(name, file, scenario, tree);
        } catch (ScenarioException e) {
            for (Problem problem : e.problems()) {
                add(p + " (" + name + ") " + problem.path(), problem.found(), problem.expected());
            }
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a loaded scenario always writes as JSON", e);
        }
    }

    private void references(String p, Grid.Base base, GridFile g, List<Grid.Axis> axes) {
        Scenario scenario = base.scenario();
        List<String> optionIds = scenario.options().stream().map(Option::id).toList();
        if (g.options() != null) {
            for (int k = 0; k < g.options().size(); k++) {
                String id = g.options().get(k);
                if (id != null && !optionIds.contains(id)) {
                    add("options[" + k + "]", "\"" + id + "\", not an option of " + base.label(),
                            "one of " + String.join(", ", optionIds));
                }
            }
        } else if (optionIds.isEmpty()) {
            add(p, base.label() + " with no options", "a scenario with options to appraise");
        }
        List<String> stressIds = scenario.stresses().stream().map(Stress::id).toList();
        for (int k = 0; k < g.stresses().size(); k++) {
            String id = g.stresses().get(k);
            if (id != null && !id.equals(Grid.NO_STRESS) && !stressIds.contains(id)) {
                add("stresses[" + k + "]", "\"" + id + "\", not a stress of " + base.label(),
                        Grid.NO_STRESS + (stressIds.isEmpty() ? "" : ", or one of " + String.join(", ", stressIds)));
            }
        }
        List<String> paths = AssumptionsRegister.of(scenario).stream().map(Assumption::path).toList();
        for (int k = 0; k < axes.size(); k++) {
            String path = axes.get(k).path();
            if (!paths.contains(path)) {
                String closest = paths.stream().min(Comparator.comparingInt(c -> DISTANCE.apply(c, path))).orElse("");
                add("sweeps[" + k + "].path", "\"" + path + "\", not an input of " + base.label(),
                        "a path the assumptions register lists" + (closest.isEmpty() ? "" : ", e.g. " + closest));
            }
        }
    }
}
