package org.onepool.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets an input in a scenario's JSON tree by the path the assumptions register prints, e.g.
 * {@code options[0].interventions[0].effects.leavingRateReduction}: fields joined by dots, list items
 * by [index].
 */
final class InputPaths {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private InputPaths() {
    }

    /** Replaces the input at {@code path} (a number or a distribution) with the plain number {@code value}. */
    static void set(ObjectNode root, String path, double value) {
        List<Object> steps = steps(path);
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            node = steps.get(i) instanceof Integer index ? node.path(index) : node.path((String) steps.get(i));
            if (node.isMissingNode() || node.isNull()) {
                throw new IllegalArgumentException("no input at " + path + " in the scenario");
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index && node instanceof ArrayNode array && index < array.size()) {
            array.set(index, array.numberNode(value));
        } else if (last instanceof String field && node instanceof ObjectNode object && object.has(field)) {
            object.put(field, value);
        } else {
            throw new IllegalArgumentException("no input at " + path + " in the scenario");
        }
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String field = bracket < 0 ? part : part.substring(0, bracket);
            if (!field.isEmpty()) steps.add(field);
            if (bracket >= 0) {
                Matcher m = INDEX.matcher(part.substring(bracket));
                while (m.find()) steps.add(Integer.parseInt(m.group(1)));
            }
        }
        return steps;
    }
}
