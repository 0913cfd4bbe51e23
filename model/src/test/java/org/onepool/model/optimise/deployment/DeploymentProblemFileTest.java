package org.onepool.model.optimise.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;

/** Hostile and mistaken deployment files: each is refused with the field path, what was found and what was expected. */
class DeploymentProblemFileTest {
    private static final String PERSON = "{id: x, kind: redeployee, jobFamily: admin, grade: 2, homePartner: a, latitude: 51.7, longitude: -1.2}";
    private static final String POST = "{id: p, partner: b, jobFamily: admin, grade: 2, latitude: 51.7, longitude: -1.2, agencyCostGbpPerMonth: 900}";

    @TempDir
    Path dir;

    @Test
    void theBundledExampleLoads() throws Exception {
        DeploymentProblem problem = DeploymentProblemFile.load(Path.of("../scenarios/deploy-example.yaml"));
        assertThat(problem.people()).hasSize(8);
        assertThat(problem.posts()).hasSize(7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a budget below zero          | trainingBudgetGbp: -5                                   | trainingBudgetGbp          | -5
            an unknown kind of person    | people: [{id: x, kind: alien, grade: 2}]                 | people[0].kind             | "alien"
            a grade that is not whole    | people: [{id: x, kind: redeployee, grade: 2.5}]          | people[0].grade            | 2.5
            a list written as a mapping  | people: {a: 1}                                          | people                     | a mapping
            a blank person               | people: [null]                                          | people[0]                  | null
            a blank skill                | people: [{id: x, skills: [null]}]                       | people[0].skills[0]        | null
            a latitude off the globe     | people: [{id: x, kind: redeployee, grade: 2, latitude: 951}] | people[0].latitude    | 951.0
            a misspelt field             | trainingBudget: 100                                     | trainingBudget             | unknown field 'trainingBudget'
            a negative travel price      | weights: {travelGbpPerKm: -3}                           | weights.travelGbpPerKm     | -3
            an absurd course cost        | training: [{id: t, skill: s, costGbp: 9223372036854775807}] | training[0].costGbp    | 9223372036854775807
            a course of negative length  | training: [{id: t, skill: s, months: -4}]                | training[0].months         | -4
            an agency cost beyond a long | posts: [{id: p, agencyCostGbpPerMonth: 1e400}]           | posts[0].agencyCostGbpPerMonth | Infinity
            an empty required skill      | posts: [{id: p, partner: b, jobFamily: admin, grade: 2, requiredSkill: ""}] | posts[0].requiredSkill | an empty skill
            an empty skill held          | people: [{id: x, kind: redeployee, jobFamily: admin, grade: 2, homePartner: a, skills: [" "]}] | people[0].skills | an empty skill
            an empty course skill        | training: [{id: t, skill: "", costGbp: 5}]              | training[0].skill          | an empty skill
            """)
    void aMistakeIsNamedByPathAndValue(String what, String yaml, String path, String found) throws Exception {
        String text = "trainingBudgetGbp: 100\npeople: [" + PERSON + "]\nposts: [" + POST + "]\n";
        String key = yaml.substring(0, yaml.indexOf(':'));
        // The line under test replaces the valid line with the same key, or is added.
        text = text.lines().anyMatch(l -> l.startsWith(key + ":"))
                ? text.lines().map(l -> l.startsWith(key + ":") ? yaml : l).reduce("", (x, y) -> x + y + "\n")
                : text + yaml + "\n";
        List<Problem> problems = problemsOf(text);
        assertThat(problems).as(what).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.found()).contains(found);
        });
    }

    @Test
    void aNumberTooLargeToReadIsGivenTheFieldsRange() throws Exception {
        List<Problem> problems = problemsOf("trainingBudgetGbp: 10000000000000000000\npeople: []\nposts: []\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("trainingBudgetGbp");
            assertThat(p.expected()).isEqualTo("0 to 1000000000 GBP");
        });
    }

    @Test
    void weightsLeftOutTakeTheirDefaults() throws Exception {
        DeploymentProblem problem = load("trainingBudgetGbp: 100\nweights: {travelGbpPerKm: 7}\npeople: []\nposts: []\n");
        assertThat(problem.weights()).isEqualTo(new DeploymentWeights(3, 7, 50, 250));
        assertThat(load("people: []\nposts: []\n").weights()).isEqualTo(new DeploymentWeights(3, 20, 50, 250));
    }

    @Test
    void optionalListsAndWeightsMayBeNull() throws Exception {
        DeploymentProblem problem = load("trainingBudgetGbp: 100\nweights: null\ntraining: null\npeople: []\nposts: []\n");
        assertThat(problem.weights()).isEqualTo(DeploymentWeights.DEFAULT);
        assertThat(problem.training()).isEmpty();
    }

    private DeploymentProblem load(String text) throws Exception {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, text);
        return DeploymentProblemFile.load(file);
    }

    @Test
    void missingListsAreNamed() throws Exception {
        assertThat(problemsOf("trainingBudgetGbp: 100\n")).extracting(Problem::path).containsExactly("people", "posts");
    }

    @Test
    void anEmptyOrMalformedFileIsAProblemWithTheFile() throws Exception {
        assertThat(problemsOf("")).singleElement().satisfies(p -> assertThat(p.found()).isEqualTo("an empty file"));
        assertThat(problemsOf("{{{{")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("(file)");
            assertThat(p.found()).startsWith("line 1").doesNotContain("org.yaml");
        });
    }

    @Test
    void aMisspeltFieldIsMatchedToTheDeploymentFormatNotTheScenario() throws Exception {
        Problem p = problemsOf("trainingBudget: 100\npeople: []\nposts: []\n").get(0);
        assertThat(p.expected()).contains("did you mean 'trainingBudgetGbp'").doesNotContain("appraisal");
    }

    private List<Problem> problemsOf(String text) throws Exception {
        Path file = dir.resolve("problem.yaml");
        Files.writeString(file, text);
        return catchThrowableOfType(() -> DeploymentProblemFile.load(file), ScenarioException.class).problems();
    }
}
