package org.onepool.model.scenario.input;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.util.Comparator;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.Effects;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Uncertain;

/** The JSON Schema of the scenario format, generated from the records so it cannot drift from them. */
public final class ScenarioSchema {
    private static final ObjectNode SCHEMA = generate();

    private ScenarioSchema() {
    }

    /** A copy of the schema. */
    public static ObjectNode schema() {
        return SCHEMA.deepCopy();
    }

    /** The schema of another onepool input format, generated from its record type in the same way. */
    public static ObjectNode schemaOf(Class<?> type) {
        return generate(type);
    }

    private static ObjectNode generate() {
        ObjectNode schema = generate(Scenario.class);
        schema.put("title", "onepool scenario");
        schema.put("description", "A workforce invest-to-save scenario for onepool.");
        return schema;
    }

    private static ObjectNode generate(Class<?> root) {
        var builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(com.github.victools.jsonschema.generator.Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        com.github.victools.jsonschema.generator.Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        com.github.victools.jsonschema.generator.Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // A field whose null means "left out" (Jackson's @JsonSetter(nulls = SKIP)) may be given as null.
        builder.forFields().withNullableCheck(field -> {
            JsonSetter setter = field.getAnnotationConsideringFieldAndGetter(JsonSetter.class);
            return setter != null && setter.nulls() == Nulls.SKIP ? Boolean.TRUE : null;
        });
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() == Uncertain.class) {
                return new CustomDefinition(uncertainSchema(context.getGeneratorConfig().getObjectMapper()),
                        CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
            }
            if (type.getErasedType() == Effects.class) {
                return new CustomDefinition(effectsSchema(context), CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
        ObjectNode schema = new SchemaGenerator(builder.build()).generateSchema(root);
        // Each effect's description after its reference, as the generator writes a record field's.
        schema.at("/$defs/Effects/properties").forEach(p -> ((ObjectNode) p).set("description",
                ((ObjectNode) p).remove("description")));
        return schema;
    }

    /** An object with one optional field per declared effect, in name order, each an uncertain number. */
    private static ObjectNode effectsSchema(SchemaGenerationContext context) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.put("type", "object");
        ObjectNode props = node.putObject("properties");
        ResolvedType uncertain = context.getTypeContext().resolve(Uncertain.class);
        Effect.ALL.stream().sorted(Comparator.comparing(Effect::jsonName)).forEach(effect -> props
                .set(effect.jsonName(), context.createDefinitionReference(uncertain)
                        .put("description", effect.description())));
        node.put("additionalProperties", false);
        return node;
    }

    /** A number, or an object with one distribution form; properties apply only when it is an object. */
    private static ObjectNode uncertainSchema(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.putArray("type").add("number").add("object");
        node.put("description", "A number, or {value|triangular|normal|lognormal|uniform, source, evidence, id, priceYear}.");
        ObjectNode props = node.putObject("properties");
        props.putObject("value").put("type", "number");
        numberArray(props.putObject("triangular"), 3).put("description", "[low, mode, high]");
        numberArray(props.putObject("uniform"), 2).put("description", "[low, high]");
        twoNumbers(props.putObject("normal"), "mean", "sd");
        twoNumbers(props.putObject("lognormal"), "median", "p90");
        props.putObject("source").put("type", "string").put("description", "Where the figure comes from.");
        props.putObject("priceYear").put("type", "string").put("description", "Money inputs only (names with Gbp): "
                + "the financial year this amount is priced in, e.g. 2017-18, when it differs from its block's; "
                + "rebased to the price base year with the GDP deflator.");
        props.putObject("id").put("type", "string").put("description", "The quantity this is: inputs with the "
                + "same id state the same distribution and take one value per replication in every option.");
        ArrayNode grades = props.putObject("evidence").putArray("enum");
        grades.add("strong").add("moderate").add("weak").add("assumption");
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode numberArray(ObjectNode node, int size) {
        node.put("type", "array").put("minItems", size).put("maxItems", size);
        node.putObject("items").put("type", "number");
        return node;
    }

    private static void twoNumbers(ObjectNode node, String first, String second) {
        node.put("type", "object");
        node.putObject("properties").<ObjectNode>set(first, node.objectNode().put("type", "number"))
                .set(second, node.objectNode().put("type", "number"));
        node.putArray("required").add(first).add(second);
        node.put("additionalProperties", false);
    }
}
