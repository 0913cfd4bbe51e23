package org.onepool.model.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.onepool.model.scenario.FinancialYearLabel;
import org.onepool.model.scenario.PriceIndex;
import org.onepool.model.scenario.Problem;

/**
 * Rebases money to the price base year before the scenario is bound. A block that states a
 * {@code priceYear} (a partner, its workforce, recruitment or training, a job family, an intervention, the
 * budget split) has every money field in it (a name with {@code Gbp}), and in the blocks inside it that do
 * not state their own, multiplied by index(price base year) / index(price year). One money input written as
 * an object may state its own {@code priceYear}, which wins over its block's. Money with no price year is at
 * the price base year already.
 */
final class PriceYears {
    private PriceYears() {
    }

    /** Rebases the tree in place; the problems found (a price year not a financial year, or out of the index). */
    static List<Problem> rebase(JsonNode root, PriceIndex index) {
        List<Problem> problems = new ArrayList<>();
        Integer base = priceBase(root);
        if (base == null) return problems;
        walk(root, "", 1, base, index, problems);
        return problems;
    }

    /** The price base year stated, or the financial year of the start month; null when neither can be read. */
    private static Integer priceBase(JsonNode root) {
        JsonNode appraisal = root.path("appraisal");
        JsonNode stated = appraisal.path("priceBaseYear");
        if (stated.isTextual()) return FinancialYearLabel.parse(stated.asText());
        try {
            YearMonth start = YearMonth.parse(appraisal.path("startMonth").asText());
            return start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void walk(JsonNode node, String path, double factor, int base, PriceIndex index,
                             List<Problem> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", factor, base, index, problems);
            return;
        }
        if (!node.isObject()) return;
        if (node.has("priceYear")) {
            Double own = factor(node, path, base, index, problems);
            if (own == null) return;
            factor = own;
            // The money below is now at the base year's prices: say so, so the scenario written back loads equal.
            ((ObjectNode) node).put("priceYear", FinancialYearLabel.of(base));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = (path.isEmpty() ? "" : path + ".") + field.getKey();
            if (field.getKey().contains("Gbp")) {
                double own = factor;
                // One money input may state its own price year ({triangular: [...], priceYear: 2017-18}).
                if (field.getValue() instanceof ObjectNode money && money.has("priceYear")) {
                    Double stated = factor(money, child, base, index, problems);
                    money.remove("priceYear");
                    if (stated == null) continue;
                    own = stated;
                }
                if (own != 1) scale(node, field.getKey(), field.getValue(), own);
            } else {
                walk(field.getValue(), child, factor, base, index, problems);
            }
        }
    }

    /** index(base) / index(the node's priceYear), or null (with the problem recorded) when it cannot be read. */
    private static Double factor(JsonNode node, String path, int base, PriceIndex index, List<Problem> problems) {
        JsonNode priceYear = node.get("priceYear");
        String where = (path.isEmpty() ? "" : path + ".") + "priceYear";
        Integer year = priceYear.isTextual() ? FinancialYearLabel.parse(priceYear.asText()) : null;
        if (year == null) {
            problems.add(new Problem(where, priceYear.toString(), "a financial year such as 2024-25"));
            return null;
        }
        try {
            return year == base ? 1 : index.index(base) / index.index(year);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where, "\"" + priceYear.asText() + "\"",
                    "a price year the deflator covers (" + e.getMessage() + ")"));
            return null;
        }
    }

    /** Multiplies every number in a money field (a plain amount or any uncertain form's parameters). */
    private static void scale(JsonNode parent, String key, JsonNode value, double factor) {
        if (value.isNumber()) {
            if (parent instanceof ObjectNode o) o.set(key, DoubleNode.valueOf(value.asDouble() * factor));
            return;
        }
        if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isNumber()) array.set(i, DoubleNode.valueOf(array.get(i).asDouble() * factor));
                else scale(array, null, array.get(i), factor);
            }
        } else if (value instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) scale(object, k, object.get(k), factor);
        }
    }
}
