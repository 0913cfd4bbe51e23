package org.onepool.model.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/** Reads {@link Effects} from an object with a field per effect, and writes them back the same way. */
final class EffectsJson {
    private EffectsJson() {
    }

    static final class Deserializer extends JsonDeserializer<Effects> {
        @Override
        public Effects deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            if (!node.isObject()) return context.reportInputMismatch(Effects.class, "expected a mapping of effects");
            Map<Effect, Uncertain> given = new EnumMap<>(Effect.class);
            for (var it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                Effect effect = Effect.byJsonName(field.getKey()).orElse(null);
                if (effect == null) return context.reportInputMismatch(Effects.class, "unknown field '%s'", field.getKey());
                if (!field.getValue().isNull()) given.put(effect, context.readTreeAsValue(field.getValue(), Uncertain.class));
            }
            return new Effects(given);
        }
    }

    static final class Serializer extends JsonSerializer<Effects> {
        @Override
        public void serialize(Effects effects, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (Map.Entry<Effect, Uncertain> e : effects.given().entrySet()) {
                gen.writeFieldName(e.getKey().jsonName());
                provider.defaultSerializeValue(e.getValue(), gen);
            }
            gen.writeEndObject();
        }
    }
}
