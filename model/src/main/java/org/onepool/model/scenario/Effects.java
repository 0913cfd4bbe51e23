package org.onepool.model.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an intervention changes, at full strength: a value for each {@link Effect} it states, in
 * declaration order. In a scenario file, an object with one field per effect, named by
 * {@link Effect#jsonName()}. An effect left out takes its declared default (no effect for most).
 *
 * @param given the effects stated, in {@link Effect} order (unmodifiable)
 */
@JsonDeserialize(using = ScenarioJson.EffectsReader.class)
@JsonSerialize(using = ScenarioJson.EffectsWriter.class)
public record Effects(Map<Effect, Uncertain> given) {
    public static final Effects NONE = new Effects(Map.of());

    public Effects {
        EnumMap<Effect, Uncertain> copy = new EnumMap<>(Effect.class);
        given.forEach((effect, value) -> {
            if (value != null) copy.put(effect, value);
        });
        given = Collections.unmodifiableMap(copy);
    }

    /** The stated value of an effect, or null when the intervention leaves it out. */
    public Uncertain get(Effect effect) {
        return given.get(effect);
    }
}
