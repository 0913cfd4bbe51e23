package org.onepool.model.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.onepool.model.scenario.Problem;

/** Turns JSON Schema validation messages into problems a finance officer can act on. */
final class StructureCheck {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private StructureCheck() {
    }

    static List<Problem> check(JsonSchema schema, JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(tree)) {
            problems.add(toProblem(message, schema.getSchemaNode()));
        }
        problems.sort(Comparator.comparing(Problem::path));
        return problems.stream().distinct().collect(Collectors.toList());
    }

    private static Problem toProblem(ValidationMessage m, JsonNode root) {
        String at = path(m.getInstanceLocation().toString());
        String type = m.getType();
        String property = m.getProperty();
        return switch (type) {
            case "additionalProperties" -> new Problem(join(at, property), "unknown field '" + property + "'",
                    suggestion(property, allowedFields(m, root)));
            case "required" -> new Problem(join(at, property), "nothing", "the required field '" + property + "'");
            case "type" -> new Problem(at, describe(m.getInstanceNode()), expectedType(m));
            case "enum" -> new Problem(at, describe(m.getInstanceNode()), "one of " + m.getSchemaNode());
            case "minItems", "maxItems" -> new Problem(at, m.getInstanceNode().size() + " items",
                    "a list of " + m.getSchemaNode().asInt() + " numbers");
            default -> new Problem(at, describe(m.getInstanceNode()), m.getMessage()
                    .replaceFirst("^\\$[^:]*: ", ""));
        };
    }

    private static String expectedType(ValidationMessage m) {
        JsonNode t = m.getSchemaNode();
        if (t.isArray()) {
            return StreamSupport.stream(t.spliterator(), false).map(JsonNode::asText)
                    .map(StructureCheck::article).collect(Collectors.joining(" or "))
                    + (t.toString().contains("object") ? " such as {triangular: [low, mode, high]}" : "");
        }
        return article(t.asText());
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of fields";
            default -> type;
        };
    }

    /** The field names the schema allows where the unknown one was found. */
    private static List<String> allowedFields(ValidationMessage m, JsonNode root) {
        String location = m.getSchemaLocation().getFragment().toString();
        String parent = location.substring(0, Math.max(0, location.lastIndexOf('/')));
        JsonNode properties = root.at(parent + "/properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String suggestion(String unknown, List<String> allowed) {
        String close = allowed.stream()
                .min(Comparator.comparingInt(a -> DISTANCE.apply(a.toLowerCase(Locale.ROOT),
                        unknown.toLowerCase(Locale.ROOT))))
                .filter(a -> DISTANCE.apply(a.toLowerCase(Locale.ROOT), unknown.toLowerCase(Locale.ROOT))
                        <= Math.max(2, a.length() / 3))
                .orElse(null);
        String list = allowed.isEmpty() ? "no further fields" : "one of " + String.join(", ", allowed);
        return close == null ? list : "did you mean '" + close + "'? (" + list + ")";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isNull()) return "null";
        if (node.isTextual()) {
            String text = node.asText();
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (node.isObject()) return "a mapping";
        if (node.isArray()) return "a list of " + node.size();
        return node.asText();
    }

    static String path(String jsonPath) {
        String p = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
        if (p.startsWith(".")) p = p.substring(1);
        return p.isEmpty() ? "(top level)" : p;
    }

    private static String join(String at, String property) {
        return at.equals("(top level)") ? property : at + "." + property;
    }
}
