package org.onepool.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.input.ScenarioLoader;

class GridLoaderTest {
    @TempDir
    Path temp;

    private Path grid(String text) throws Exception {
        return GridFixtures.write(temp, text);
    }

    private List<String> problems(String text) throws Exception {
        Path file = grid(text);
        try {
            GridLoader.load(file);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::message).toList();
        }
        throw new AssertionError("expected problems with " + text);
    }

    @Test
    void aRangeStepsInDecimalsAndIncludesBothEnds() throws Exception {
        Grid g = GridLoader.load(grid("""
                name: g
                scenarios: [scenario.yaml]
                sweeps: [{path: "%s", range: {from: 0.05, to: 0.35, step: 0.1}}]
                """.formatted(GridFixtures.EFFECT)));
        assertThat(g.axes().get(0).values()).containsExactly(0.05, 0.15, 0.25, 0.35);
        assertThat(g.axes().get(0).name()).isEqualTo("leavingRateReduction");
    }

    @Test
    void cellsRunBaseThenStressThenSweepsWithTheLastFastest() throws Exception {
        Grid g = GridLoader.load(grid("""
                name: g
                scenarios: [scenario.yaml]
                stresses: [none, effect-halved]
                sweeps:
                  - {path: "%s", name: a, values: [0.1, 0.2, 0.3]}
                  - {path: "%s", name: b, values: [0.1, 0.2]}
                """.formatted(GridFixtures.EFFECT, GridFixtures.RATE)));
        List<Cell> cells = Cells.of(g);
        assertThat(g.cellCount()).isEqualTo(12);
        assertThat(cells).hasSize(12);
        assertThat(cells.get(0).values()).containsExactly(0.1, 0.1);
        assertThat(cells.get(1).values()).containsExactly(0.1, 0.2);
        assertThat(cells.get(2).values()).containsExactly(0.2, 0.1);
        assertThat(cells.get(6).stress()).isEqualTo("effect-halved");
        assertThat(cells.stream().map(Cell::hash).distinct()).hasSize(12);
        // The swept values reach the cell's scenario; the multiplier-free axis value is the input.
        var scenario = ScenarioLoader.parse(cells.get(5).scenarioJson(), true);
        assertThat(scenario.partners().get(0).workforce().get(0).turnover().tenureBands().get(0).annualRate().value())
                .isEqualTo(0.2);
        assertThat(scenario.options().get(0).interventions().get(0).effects().get(Effect.LEAVING_RATE_REDUCTION).value())
                .isEqualTo(0.3);
        // Unswept inputs keep their distributions.
        assertThat(scenario.partners().get(1).workforce().get(0).turnover().tenureBands().get(0).annualRate().isFixed())
                .isFalse();
    }

    @Test
    void aMultiplierTurnsAnAxisValueIntoTheInput() throws Exception {
        Grid g = GridLoader.load(grid("""
                name: g
                scenarios: [scenario.yaml]
                sweeps: [{path: "options[0].interventions[0].runningCostGbpPerYear", name: perHead, values: [250], multiplier: 240}]
                """));
        var scenario = ScenarioLoader.parse(Cells.of(g).get(0).scenarioJson(), true);
        assertThat(scenario.options().get(0).interventions().get(0).runningCostGbpPerYear().value()).isEqualTo(60000.0);
        assertThat(Cells.of(g).get(0).values()).containsExactly(250.0);
    }

    @Test
    void aMistypedPathIsRefusedWithTheNearestInput() throws Exception {
        assertThat(problems("""
                name: g
                scenarios: [scenario.yaml]
                sweeps: [{path: "options[0].interventions[0].effects.leavingRateReductio", values: [0.1]}]
                """)).singleElement().asString()
                .startsWith("sweeps[0].path: found \"options[0].interventions[0].effects.leavingRateReductio\", not an input "
                        + "of scenario.yaml").endsWith("e.g. " + GridFixtures.EFFECT);
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() throws Exception {
        assertThat(problems("""
                name: g
                scenarios: [scenario.yaml, missing.yaml]
                options: [retain, nope]
                stresses: [none, flood]
                replications: 0
                sweeps:
                  - {path: "%s", values: [0.1], range: {from: 0, to: 1, step: 0.5}}
                  - {path: "%s", range: {from: 1, to: 0, step: 0.5}}
                """.formatted(GridFixtures.EFFECT, GridFixtures.RATE))).anyMatch(m -> m.startsWith("replications: found 0"))
                .anyMatch(m -> m.startsWith("sweeps[0]: found both values and range"))
                .anyMatch(m -> m.startsWith("sweeps[1].range: found from 1.0 to 0.0"))
                .anyMatch(m -> m.startsWith("scenarios[1] (missing.yaml) (file): found no file at"))
                .anyMatch(m -> m.startsWith("options[1]: found \"nope\", not an option of scenario.yaml; expected one of "
                        + "retain, pool"))
                .anyMatch(m -> m.startsWith("stresses[1]: found \"flood\"") && m.endsWith("none, or one of effect-halved"));
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        assertThat(problems("""
                name: g
                scenarios: [scenario.yaml]
                sweep: []
                """)).singleElement().asString().startsWith("sweep: found an unknown field; expected one of description, "
                + "name, options, replications, replicationsPerBlock, scenarios, seed, stresses, sweeps");
        assertThat(problems("""
                name: [a, list]
                scenarios: [scenario.yaml]
                """)).singleElement().asString().startsWith("name: found a value of another kind; expected text");
        assertThatThrownBy(() -> GridLoader.load(temp.resolve("none.yaml"))).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no file at");
        Files.writeString(temp.resolve("tabs.yaml"), "name: 'unclosed\nscenarios: [a");
        assertThatThrownBy(() -> GridLoader.load(temp.resolve("tabs.yaml"))).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("well-formed YAML");
    }
}
