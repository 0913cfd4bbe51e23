package org.onepool.model.scenario;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The value each uncertain input takes in one replication. Inputs are keyed by identity, or by their
 * {@code id} when they state one: the simulation asks {@code values.of(band.annualRate())} and gets the
 * sampled (or central, or overridden) number, the same for every input of that id, so two options that
 * share an input are compared on one draw of it. Per-event distributions are not sampled here; {@link #of}
 * gives their central value.
 */
public final class ScenarioValues {
    private final Map<Uncertain, Double> values;
    private final Map<String, Double> byId;

    private ScenarioValues(Map<Uncertain, Double> values, Map<String, Double> byId) {
        this.values = values;
        this.byId = byId;
    }

    /** Every input at its central value. */
    public static ScenarioValues central() {
        return new ScenarioValues(new IdentityHashMap<>(), new java.util.HashMap<>());
    }

    /**
     * Every uncertain input drawn once, in register order, from the given generator; an id is drawn at its
     * first input, and so is an input the register lists at several paths (a default, one instance).
     */
    public static ScenarioValues sample(List<Assumption> register, RandomGenerator random) {
        Map<Uncertain, Double> drawn = new IdentityHashMap<>();
        Map<String, Double> byId = new java.util.HashMap<>();
        for (Assumption a : register) {
            if (!a.isUncertain()) continue;
            Uncertain input = a.input();
            if (input.id() == null) {
                if (!drawn.containsKey(input)) drawn.put(input, input.sample(random));
            } else if (!byId.containsKey(input.id())) {
                byId.put(input.id(), input.sample(random));
            }
        }
        return new ScenarioValues(drawn, byId);
    }

    /** These values with one input (and every input of its id) set to the given number (sensitivity, switching values). */
    public ScenarioValues with(Uncertain input, double value) {
        Map<Uncertain, Double> copy = new IdentityHashMap<>(values);
        Map<String, Double> copyById = new java.util.HashMap<>(byId);
        if (input.id() != null) copyById.put(input.id(), value);
        else copy.put(input, value);
        return new ScenarioValues(copy, copyById);
    }

    /** The value of an input in this replication; null inputs (effects not given) are 0. */
    public double of(Uncertain input) {
        if (input == null) return 0;
        Double v = input.id() != null ? byId.get(input.id()) : values.get(input);
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
