package org.onepool.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onepool.model.experiment.InputLabels;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.scenario.input.ScenarioSchema;

/**
 * Every effect's declaration is what validation, the schema, sampling, the assumptions register and the
 * report labels go by: each test walks every declared effect, so a new one is checked without being named.
 */
class EffectDeclarationsTest {
    private static final String PATH = "options[0].interventions[0].effects.";

    /** A one-partner scenario whose single intervention, of the effect's own type, states the given effects. */
    private static String scenario(InterventionType type, String effects) {
        return """
                name: effects
                appraisal: {startMonth: 2027-04, horizonYears: 2, seed: 1}
                jobFamilies: [{id: admin, name: Admin, marketSalaryGbp: 26000, grades: 2}]
                recruitment: {advertisingGbp: 600, adminGbp: 500, checksGbp: 100, inductionGbp: 300, timeToFillMonths: 2}
                partners:
                  - id: council
                    name: Council
                    type: district
                    workforce:
                      - {jobFamily: admin, headcount: 50, salaryByGradeGbp: [23000, 28000],
                         turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}
                options:
                  - id: option
                    name: The option
                    interventions:
                      - type: %s
                        effects: {%s}
                """.formatted(typeName(type), effects);
    }

    private static InterventionType typeOf(Effect effect) {
        InterventionType only = effect.combination().onlyFor();
        return only != null ? only : InterventionType.RETENTION;
    }

    private static String typeName(InterventionType type) {
        return ScenarioLoader.json().convertValue(type, String.class);
    }

    private static Scenario load(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(yaml, false);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void validationAcceptsTheEndsOfTheDeclaredRangeAndRefusesValuesBeyondThem(Effect effect) {
        Effect.Range range = effect.range();
        for (double ok : new double[] {range.min(), range.max()}) {
            assertThatCode(() -> load(scenario(typeOf(effect), effect.jsonName() + ": " + number(ok))))
                    .as("%s = %s", effect, ok).doesNotThrowAnyException();
        }
        for (double bad : new double[] {range.min() - 0.5, range.max() + 0.5}) {
            ScenarioException e = catchThrowableOfType(
                    () -> load(scenario(typeOf(effect), effect.jsonName() + ": " + number(bad))), ScenarioException.class);
            assertThat(e).as("%s = %s", effect, bad).isNotNull();
            assertThat(e.problems()).containsExactly(new Problem(PATH + effect.jsonName(), number(bad), range.expected()));
        }
    }

    @Test
    void rangeMessagesSayTheUnit() {
        assertThat(Effect.LEAVING_RATE_REDUCTION.range().expected()).isEqualTo("a share between 0 and 1");
        assertThat(Effect.TALENT_BANK_MONTHS.range().expected()).isEqualTo("from 0 to 60 months");
        assertThat(Effect.ENTRANTS_PER_YEAR.range().expected()).isEqualTo("from 0 to 10000 a year");
        assertThat(Effect.VACANCIES_PER_SHARED_ADVERT.range().expected()).isEqualTo("from 1 to 50");
    }

    @Test
    void theSchemaOffersExactlyTheDeclaredEffectsWithTheirDescriptions() {
        JsonNode definition = ScenarioSchema.schema().at("/$defs/Effects");
        assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
        List<String> names = new ArrayList<>();
        definition.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(Effect.ALL.stream().map(Effect::jsonName).toList());
        for (Effect effect : Effect.ALL) {
            JsonNode property = definition.get("properties").get(effect.jsonName());
            assertThat(property.get("$ref").asText()).isEqualTo("#/$defs/Uncertain");
            assertThat(property.get("description").asText()).isEqualTo(effect.description());
        }
        assertThat(Effect.VACANCIES_PER_SHARED_ADVERT.description()).endsWith("serves. Default 3.");
    }

    @Test
    void theModelDescriptionListsEveryEffectWithItsRuleAndPhase() throws Exception {
        List<String> rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of("ODD.md")).stream()
                .map(String::strip).filter(l -> l.startsWith("| `")).toList();
        for (Effect effect : Effect.ALL) {
            String row = rows.stream().filter(r -> r.startsWith("| `" + effect.jsonName() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("ODD.md has no row for " + effect.jsonName()));
            String[] cells = row.split("\\|");
            assertThat(cells[3].strip()).as("%s combines", effect)
                    .startsWith(effect.combination().rule().name().toLowerCase());
            assertThat(cells[4].strip()).as("%s phase", effect).isEqualTo(effect.phase().name().toLowerCase());
        }
        assertThat(rows).hasSize(Effect.ALL.size());
    }

    @Test
    void anEffectNotDeclaredIsRefusedWithTheClosestDeclaredName() {
        ScenarioException e = catchThrowableOfType(
                () -> load(scenario(InterventionType.RETENTION, "leavingRateReductoin: 0.1")), ScenarioException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(PATH + "leavingRateReductoin");
            assertThat(p.expected()).startsWith("did you mean 'leavingRateReduction'?");
        });
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void samplingClampsToTheDeclaredRangeAndALeftOutEffectTakesItsDefault(Effect effect) {
        Effect.Range range = effect.range();
        Uncertain stated = Uncertain.of(range.min());
        Effects effects = new Effects(Map.of(effect, stated));
        ScenarioValues central = ScenarioValues.central();
        double inside = (range.min() + range.max()) / 2;
        assertThat(central.with(stated, inside).of(effects, effect)).isEqualTo(inside);
        assertThat(central.with(stated, range.max() + 7).of(effects, effect)).isEqualTo(range.max());
        assertThat(central.with(stated, range.min() - 7).of(effects, effect)).isEqualTo(range.min());
        assertThat(central.of(Effects.NONE, effect)).isEqualTo(range.defaultValue());
    }

    @Test
    void theRegisterListsStatedEffectsInDeclarationOrderWithTheirOptionAndDeclaredLabel() throws Exception {
        // Stated in reverse order, each at a different value inside its range.
        Map<Effect, Double> stated = new LinkedHashMap<>();
        List<Effect> reversed = new ArrayList<>(Effect.ALL);
        java.util.Collections.reverse(reversed);
        StringBuilder yaml = new StringBuilder();
        for (Effect effect : reversed) {
            double v = effect.range().min() + (effect.range().max() - effect.range().min()) * (effect.ordinal() + 1) / (Effect.ALL.size() + 1.0);
            stated.put(effect, v);
            yaml.append(yaml.length() == 0 ? "" : ", ").append(effect.jsonName()).append(": ").append(v);
        }
        Scenario s = load(scenario(InterventionType.RETENTION, yaml.toString()));
        List<Assumption> effects = AssumptionsRegister.of(s).stream().filter(a -> a.path().contains(".effects.")).toList();
        assertThat(effects).extracting(Assumption::path)
                .containsExactlyElementsOf(Effect.ALL.stream().map(e -> PATH + e.jsonName()).toList());
        for (int k = 0; k < effects.size(); k++) {
            Effect effect = Effect.ALL.get(k);
            assertThat(effects.get(k).input().value()).isEqualTo(stated.get(effect));
            assertThat(effects.get(k).option()).isEqualTo("option");
            assertThat(InputLabels.of(s, effects.get(k).path())).isEqualTo("The option · retention · " + effect.label());
        }
        assertThat(AssumptionsRegister.of(s)).filteredOn(a -> !a.path().startsWith("options"))
                .isNotEmpty().allSatisfy(a -> assertThat(a.option()).isNull());
        assertThat(ScenarioLoader.parse(ScenarioLoader.toJson(s), true)).as("written and read back").isEqualTo(s);
    }
}
