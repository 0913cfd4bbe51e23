package org.onepool.model.scenario;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The value each uncertain input takes in one replication. Inputs are keyed by identity: the simulation
 * asks {@code values.of(band.annualRate())} and gets the sampled (or central, or overridden) number.
 * Per-event distributions are not sampled here; {@link #of} gives their central value.
 */
public final class ScenarioValues {
    private final Map<Uncertain, Double> values;

    private ScenarioValues(Map<Uncertain, Double> values) {
        this.values = values;
    }

    /** Every input at its central value. */
    public static ScenarioValues central() {
        return new ScenarioValues(new IdentityHashMap<>());
    }

    /**
     * Every uncertain input drawn once, in register order, from the given generator; an input the register
     * lists at several paths (a default) is drawn at its first.
     */
    public static ScenarioValues sample(List<Assumption> register, RandomGenerator random) {
        Map<Uncertain, Double> drawn = new IdentityHashMap<>();
        for (Assumption a : register) {
            if (a.isUncertain() && !drawn.containsKey(a.input())) drawn.put(a.input(), a.input().sample(random));
        }
        return new ScenarioValues(drawn);
    }

    /** These values with one input set to the given number (for sensitivity and switching values). */
    public ScenarioValues with(Uncertain input, double value) {
        Map<Uncertain, Double> copy = new IdentityHashMap<>(values);
        copy.put(input, value);
        return new ScenarioValues(copy);
    }

    /** The value of an input in this replication; null inputs (effects not given) are 0. */
    public double of(Uncertain input) {
        if (input == null) return 0;
        Double v = values.get(input);
        return v != null ? v : input.central();
    }

    /** Like {@link #of}, clamped to [min, max]; for shares and probabilities drawn from unbounded tails. */
    public double of(Uncertain input, double min, double max) {
        return Math.max(min, Math.min(max, of(input)));
    }

    /** An intervention's value of an effect: as stated, clamped to the effect's range, or its default if left out. */
    public double of(Effects effects, Effect effect) {
        Uncertain stated = effects.get(effect);
        Effect.Range range = effect.range();
        return stated == null ? range.defaultValue() : of(stated, range.min(), range.max());
    }
}
