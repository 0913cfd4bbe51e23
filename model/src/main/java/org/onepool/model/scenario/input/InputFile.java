package org.onepool.model.scenario.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;

/**
 * Reads onepool's other input formats (a standalone deployment problem) as records, with a scenario's
 * guards (size, UTF-8, nesting, no YAML aliases) and its structural check against a schema generated from
 * the record type, so a wrong field or type is named by path, value and expectation. Numbers left out
 * are 0 and flags false; the caller checks ranges and cross-references.
 */
public final class InputFile {
    private static final Map<Class<?>, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper BINDER = ScenarioLoader.json().copy()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private InputFile() {
    }

    /**
     * Reads {@code file} (JSON by name or first character, else YAML) as a {@code type}.
     *
     * @param description what the file should be, for messages: "a deployment problem (docs/deploy-format.md)"
     */
    public static <T> T load(Path file, Class<T> type, String description) throws ScenarioException {
        var kind = new ScenarioLoader.Kind(description + " as .yaml, .yml or .json", description,
                "a mapping of fields: " + description);
        String text = ScenarioLoader.read(file, kind);
        JsonNode tree = ScenarioLoader.readTree(text,
                ScenarioLoader.isJson(file, text) ? ScenarioLoader.json() : ScenarioLoader.yaml(), kind);
        List<Problem> problems = StructureCheck.check(schemaOf(type), tree);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        try {
            return BINDER.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            // The structural check passed, so what is left is a value the record itself refuses.
            throw new ScenarioException(List.of(new Problem(ScenarioLoader.pathOf(e),
                    "a value that does not fit", description)));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(new Problem("(file)", "text that cannot be read", description)));
        }
    }

    private static JsonSchema schemaOf(Class<?> type) {
        return SCHEMAS.computeIfAbsent(type, t -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ScenarioSchema.schemaOf(t)));
    }
}
