package org.onepool.model.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario file's own forms: an {@link Uncertain} read from a plain number or an object, and
 * {@link Effects} read from an object with a field per declared effect; each written back the same way.
 */
final class ScenarioJson {
    private ScenarioJson() {
    }

    static final class UncertainReader extends JsonDeserializer<Uncertain> {
        @Override
        public Uncertain deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            if (node.isNumber()) return Uncertain.of(node.doubleValue());
            if (!node.isObject()) {
                return context.reportInputMismatch(Uncertain.class,
                        "expected a number or an object such as {triangular: [low, mode, high]}");
            }
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!List.of("value", "triangular", "normal", "lognormal", "uniform", "source", "evidence", "id")
                        .contains(name)) {
                    return context.reportInputMismatch(Uncertain.class, "unknown field '%s'", name);
                }
            }
            Double value = node.hasNonNull("value") ? node.get("value").doubleValue() : null;
            NormalSpec normal = node.hasNonNull("normal") ? context.readTreeAsValue(node.get("normal"), NormalSpec.class) : null;
            LogNormalSpec lognormal = node.hasNonNull("lognormal")
                    ? context.readTreeAsValue(node.get("lognormal"), LogNormalSpec.class) : null;
            Evidence evidence = node.hasNonNull("evidence")
                    ? context.readTreeAsValue(node.get("evidence"), Evidence.class) : null;
            String source = node.hasNonNull("source") ? node.get("source").asText() : null;
            String id = node.hasNonNull("id") ? node.get("id").asText() : null;
            return new Uncertain(value, numbers(node.get("triangular")), normal, lognormal,
                    numbers(node.get("uniform")), source, evidence, id);
        }

        private static List<Double> numbers(JsonNode array) {
            if (array == null || array.isNull()) return null;
            List<Double> out = new ArrayList<>();
            array.forEach(n -> out.add(n.doubleValue()));
            return List.copyOf(out);
        }
    }

    static final class UncertainWriter extends JsonSerializer<Uncertain> {
        @Override
        public void serialize(Uncertain u, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (u.isFixed() && u.source() == null && u.evidence() == null && u.id() == null) {
                gen.writeNumber(u.value());
                return;
            }
            gen.writeStartObject();
            if (u.value() != null) gen.writeNumberField("value", u.value());
            if (u.triangular() != null) writeArray(gen, "triangular", u.triangular());
            if (u.normal() != null) {
                gen.writeObjectFieldStart("normal");
                gen.writeNumberField("mean", u.normal().mean());
                gen.writeNumberField("sd", u.normal().sd());
                gen.writeEndObject();
            }
            if (u.lognormal() != null) {
                gen.writeObjectFieldStart("lognormal");
                gen.writeNumberField("median", u.lognormal().median());
                gen.writeNumberField("p90", u.lognormal().p90());
                gen.writeEndObject();
            }
            if (u.uniform() != null) writeArray(gen, "uniform", u.uniform());
            if (u.source() != null) gen.writeStringField("source", u.source());
            if (u.evidence() != null) gen.writeObjectField("evidence", u.evidence());
            if (u.id() != null) gen.writeStringField("id", u.id());
            gen.writeEndObject();
        }

        private static void writeArray(JsonGenerator gen, String name, List<Double> values) throws IOException {
            gen.writeArrayFieldStart(name);
            for (double v : values) gen.writeNumber(v);
            gen.writeEndArray();
        }
    }

    static final class EffectsReader extends JsonDeserializer<Effects> {
        @Override
        public Effects deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            if (!node.isObject()) return context.reportInputMismatch(Effects.class, "expected a mapping of effects");
            Map<Effect, Uncertain> given = new EnumMap<>(Effect.class);
            for (var it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                Effect effect = Effect.byJsonName(field.getKey()).orElse(null);
                if (effect == null) {
                    return context.reportInputMismatch(Effects.class, "unknown field '%s'", field.getKey());
                }
                if (field.getValue().isNull()) continue;
                given.put(effect, context.readTreeAsValue(field.getValue(), Uncertain.class));
            }
            return new Effects(given);
        }
    }

    static final class EffectsWriter extends JsonSerializer<Effects> {
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
