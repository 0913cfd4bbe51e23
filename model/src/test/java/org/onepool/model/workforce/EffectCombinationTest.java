package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.InterventionType;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The simulation combines each effect as its declaration says, and only the phase it names reads it.
 * Every declared effect is walked: two interventions covering two partners (300 and 100 posts) state
 * different values and ramp up over four months, so in month 1 each is at half strength.
 */
class EffectCombinationTest {
    private static final double HALF = 0.5;
    /** Each partner's share of the posts the interventions cover. */
    private static final double[] POST_SHARE = {0.75, 0.25};

    private static Scenario scenario(InterventionType type, Effect effect, double a, double b) {
        String name = ScenarioLoader.json().convertValue(type, String.class);
        String yaml = """
                name: combination
                appraisal: {startMonth: 2027-04, horizonYears: 2, seed: 1}
                jobFamilies: [{id: admin, name: Admin, marketSalaryGbp: 26000, grades: 1}]
                recruitment: {advertisingGbp: 600, adminGbp: 500, checksGbp: 100, inductionGbp: 300, timeToFillMonths: 2}
                partners:
                  - {id: big, name: Big, type: county, workforce: [%1$s]}
                  - {id: small, name: Small, type: district, workforce: [%2$s]}
                options:
                  - id: option
                    name: Option
                    interventions:
                      - {type: %3$s, rampUpMonths: 4, effects: {%4$s: %5$s}}
                      - {type: %3$s, rampUpMonths: 4, effects: {%4$s: %6$s}}
                """.formatted(workforce(300), workforce(100), name, effect.jsonName(), a, b);
        return TestScenarios.parse(yaml);
    }

    private static String workforce(int headcount) {
        return "{jobFamily: admin, headcount: " + headcount + ", salaryByGradeGbp: [25000], "
                + "turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}";
    }

    private static ArmEffects effects(Scenario s, ScenarioValues values, int month) {
        Parameters params = new Parameters(s, values);
        Option option = s.options().get(0);
        ArmEffects effects = new ArmEffects(params, option, null, values);
        effects.update(month);
        return effects;
    }

    private static InterventionType ownType(Effect effect) {
        return effect.combination().onlyFor() != null ? effect.combination().onlyFor() : InterventionType.RETENTION;
    }

    /** What one intervention adds in a partner: its value, times its strength if ramped, times the share if split. */
    private static double contribution(Effect effect, double value, int partner) {
        double v = effect.combination().ramped() ? value * HALF : value;
        return effect.combination().splitByPosts() ? v * POST_SHARE[partner] : v;
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void twoInterventionsCombineByTheDeclaredRule(Effect effect) {
        Effect.Range range = effect.range();
        double a = range.min() + 0.3 * (range.max() - range.min());
        double b = range.min() + 0.6 * (range.max() - range.min());
        ArmEffects arm = effects(scenario(ownType(effect), effect, a, b), ScenarioValues.central(), 1);
        for (int partner = 0; partner < 2; partner++) {
            double ca = contribution(effect, a, partner);
            double cb = contribution(effect, b, partner);
            double cap = effect.combination().mostOff();
            double expected = switch (effect.combination().rule()) {
                case KEEP -> (1 - Math.min(cap, ca)) * (1 - Math.min(cap, cb));
                case GAIN -> ca + cb;
                case MAXIMUM -> Math.max(range.min(), Math.max(ca, cb));
            };
            assertThat(arm.combined(effect)[partner]).as("%s at partner %d", effect, partner).isCloseTo(expected, within(1e-12));
        }
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void beforeTheStartOrUnderAnotherTypeAnEffectIsNeutral(Effect effect) {
        Effect.Range range = effect.range();
        double a = range.min() + 0.3 * (range.max() - range.min());
        ArmEffects before = effects(scenario(ownType(effect), effect, a, a), ScenarioValues.central(), -1);
        assertThat(before.combined(effect)).containsOnly(effect.neutral());
        for (InterventionType other : InterventionType.values()) {
            // A type the effect is refused on is covered by PoolingBoundsTest (bound without validation).
            if (effect.appliesTo(other) || effect.combination().notFor() == other) continue;
            ArmEffects arm = effects(scenario(other, effect, a, a), ScenarioValues.central(), 1);
            assertThat(arm.combined(effect)).as("%s under %s", effect, other).containsOnly(effect.neutral());
        }
        assertThat(effect.neutral()).isEqualTo(switch (effect.combination().rule()) {
            case KEEP -> 1.0;
            case GAIN -> 0.0;
            case MAXIMUM -> range.min();
        });
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void aSampledValueBeyondTheRangeActsAsTheRangeEnd(Effect effect) {
        Effect.Range range = effect.range();
        Scenario s = scenario(ownType(effect), effect, range.min(), range.min());
        var first = s.options().get(0).interventions().get(0).effects().get(effect);
        ArmEffects high = effects(s, ScenarioValues.central().with(first, range.max() + 5), 1);
        ArmEffects atMax = effects(scenario(ownType(effect), effect, range.max(), range.min()), ScenarioValues.central(), 1);
        assertThat(high.combined(effect)).containsExactly(atMax.combined(effect));
    }

    @Test
    void aMechanismReachesTheShareOfVacanciesOfItsStrongestIntervention() {
        for (InterventionType type : InterventionType.values()) {
            Scenario s = scenario(type, Effect.LEAVING_RATE_REDUCTION, 0, 0);
            if (!type.isMechanism()) {
                assertThat(effects(s, ScenarioValues.central(), 1).reach(type)).as("%s", type).isNull();
                continue;
            }
            assertThat(effects(s, ScenarioValues.central(), -1).reach(type)).containsOnly(0.0);
            assertThat(effects(s, ScenarioValues.central(), 1).reach(type)).containsOnly(HALF);
            assertThat(effects(s, ScenarioValues.central(), 10).reach(type)).containsOnly(1.0);
        }
    }

    /**
     * The files of the workforce package that make up each phase. The graduate pipeline is stepped in the
     * demand phase and holds the completers' leaving multipliers the leaving phase applies.
     */
    private static final Map<Effect.Phase, List<String>> PHASE_FILES = new EnumMap<>(Map.of(
            Effect.Phase.DEMAND, List.of("DemandPhase.java", "GraduatePipeline.java"),
            Effect.Phase.LEAVING, List.of("LeavingPhase.java", "Hazards.java", "GraduatePipeline.java"),
            Effect.Phase.MOBILITY, List.of("MobilityPhase.java", "PoolDeployment.java"),
            Effect.Phase.RECRUITMENT, List.of("RecruitmentPhase.java"),
            Effect.Phase.COVER, List.of("CoverPhase.java"),
            Effect.Phase.TRAINING, List.of("TrainingPhase.java"),
            Effect.Phase.LEDGER, List.of("LedgerPhase.java")));

    private static Set<String> filesReading(String pattern) throws IOException {
        Pattern read = Pattern.compile(pattern);
        Set<String> files = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/onepool/model/workforce"))) {
            for (Path file : sources.toList()) {
                if (read.matcher(Files.readString(file)).find()) files.add(file.getFileName().toString());
            }
        }
        return files;
    }

    @Test
    void eachEffectIsReadByTheFilesOfItsDeclaredPhaseAndNoOther() throws IOException {
        for (Effect effect : Effect.ALL) {
            // Read monthly (combined), or once per replication as a scheme's fixed terms (valueOf).
            Set<String> readers = filesReading("(combined\\(|valueOf\\(\\w+, )Effect\\." + effect.name() + "\\)");
            assertThat(readers).as("files reading %s", effect).isNotEmpty()
                    .isSubsetOf(PHASE_FILES.get(effect.phase()));
        }
        for (InterventionType type : InterventionType.values()) {
            Set<String> readers = filesReading("reach\\(InterventionType\\." + type.name() + "\\)");
            Set<String> declared = new TreeSet<>();
            for (Effect.Phase phase : type.mechanismReadBy()) {
                Set<String> ofPhase = new TreeSet<>(readers);
                ofPhase.retainAll(PHASE_FILES.get(phase));
                assertThat(ofPhase).as("%s read in %s", type, phase).isNotEmpty();
                declared.addAll(PHASE_FILES.get(phase));
            }
            assertThat(readers).as("files reading %s", type).isSubsetOf(declared);
        }
    }
}
