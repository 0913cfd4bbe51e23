package org.onepool.model.scenario.input;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onepool.model.population.ImportedPopulation;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.population.LineProblem;
import org.onepool.model.population.PopulationCsv;
import org.onepool.model.population.PopulationFileException;
import org.onepool.model.population.PopulationSource;
import org.onepool.model.population.RecordedPerson;

/**
 * Reads a scenario's recorded population from its companion file and checks it against the scenario:
 * every person's partner, job family and grade exist; the appraisal starts after the population's month;
 * and there is no warm-up (month 0 is the population as recorded, not a simulated drift away from it).
 */
public final class PopulationCheck {
    private PopulationCheck() {
    }

    /** The scenario with its population's staff read from the file named relative to {@code scenarioFile}. */
    static Scenario attach(Scenario scenario, Path scenarioFile) throws ScenarioException {
        PopulationSource source = scenario.population();
        if (source == null) return scenario;
        Checks checks = new Checks();
        YearMonth asOf = settings(scenario, checks);
        if (!checks.problems().isEmpty()) throw new ScenarioException(checks.problems());
        Path folder = scenarioFile.toAbsolutePath().getParent();
        Path file = folder.resolve(source.file());
        ImportedPopulation people;
        try {
            people = PopulationCsv.read(file, asOf);
        } catch (PopulationFileException e) {
            for (LineProblem p : e.problems()) {
                String where = p.line() > 0 ? " (" + source.file() + " line " + p.line()
                        + (p.column() == null ? "" : ", column " + p.column()) + ")" : "";
                checks.add("population.file" + where, p.found(), p.expected());
            }
            throw new ScenarioException(checks.problems());
        }
        Scenario loaded = scenario.withPopulation(source.withPeople(people));
        List<Problem> problems = problems(loaded);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return loaded;
    }

    /**
     * What is wrong with a scenario whose population's staff are attached: settings, and staff whose
     * partner, family or grade the scenario does not have (each kind reported once, with a count).
     */
    public static List<Problem> problems(Scenario scenario) {
        Checks checks = new Checks();
        settings(scenario, checks);
        ImportedPopulation people = scenario.population() == null ? null : scenario.population().people();
        if (people == null) return checks.problems();
        Map<String, int[]> unknown = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < people.people().size(); i++) {
            RecordedPerson p = people.people().get(i);
            var partner = scenario.partner(p.partner());
            String key;
            String want;
            if (partner.isEmpty()) {
                key = "partner \"" + p.partner() + "\"";
                want = "the id of a partner in the scenario";
            } else if (partner.get().workforce().stream().noneMatch(w -> w.jobFamily().equals(p.jobFamily()))) {
                key = "job family \"" + p.jobFamily() + "\" at " + p.partner();
                want = "a job family in that partner's workforce";
            } else {
                int grades = scenario.jobFamily(p.jobFamily()).map(JobFamily::grades).orElse(0);
                if (p.grade() <= grades) continue;
                key = "grade " + p.grade() + " in " + p.jobFamily();
                want = "a grade from 1 to " + grades;
            }
            unknown.computeIfAbsent(key, k -> new int[] {0, -1})[0]++;
            unknown.get(key)[1] = unknown.get(key)[1] < 0 ? i : unknown.get(key)[1];
            expected.put(key, want);
        }
        for (var e : unknown.entrySet()) {
            int count = e.getValue()[0];
            checks.add("population.file", e.getKey() + " for " + count + (count == 1 ? " person" : " people")
                    + " (first: person " + (e.getValue()[1] + 1) + ")", expected.get(e.getKey()));
        }
        return checks.problems();
    }

    private static YearMonth settings(Scenario scenario, Checks checks) {
        PopulationSource source = scenario.population();
        if (source == null) return null;
        YearMonth asOf = null;
        try {
            asOf = YearMonth.parse(source.asOf());
        } catch (DateTimeParseException | NullPointerException e) {
            checks.add("population.asOf", "\"" + source.asOf() + "\"", "a month as YYYY-MM");
        }
        YearMonth start = scenario.appraisal().start();
        if (asOf != null && start != null && !start.isAfter(asOf)) {
            checks.add("appraisal.startMonth", start.toString(), "a month after the population's (" + asOf
                    + "): the recorded staff are month 0");
        }
        if (scenario.simulation().warmUpYears() != 0) {
            checks.add("simulation.warmUpYears", scenario.simulation().warmUpYears().toString(),
                    "0 with a recorded population (month 0 is the staff as recorded)");
        }
        if (source.file() == null || source.file().isBlank()) checks.add("population.file", "nothing", "a file name");
        return asOf;
    }
}
