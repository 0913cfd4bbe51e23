package org.onepool.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onepool.model.data.CampaignRow;
import org.onepool.model.data.LeavingReason;

/** The mapping's code lists keyed by onepool's codes (unknown keys are reported by the mapping check). */
final class Codes {
    private Codes() {
    }

    static Map<LeavingReason, List<String>> reasons(Map<String, List<String>> byName) {
        return keyed(byName, LeavingReason.class);
    }

    static Map<CampaignRow.Outcome, List<String>> outcomes(Map<String, List<String>> byName) {
        return keyed(byName, CampaignRow.Outcome.class);
    }

    static Map<CampaignRow.Route, List<String>> routes(Map<String, List<String>> byName) {
        return keyed(byName, CampaignRow.Route.class);
    }

    static <E extends Enum<E>> E parse(String name, Class<E> type) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(name)) return e;
        return null;
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (out.length() > 0) out.append(", ");
            out.append(e.name().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static <E extends Enum<E>> Map<E, List<String>> keyed(Map<String, List<String>> byName, Class<E> type) {
        Map<E, List<String>> out = new LinkedHashMap<>();
        if (byName == null) return out;
        for (var e : byName.entrySet()) {
            E key = parse(e.getKey(), type);
            if (key != null) out.put(key, e.getValue());
        }
        return out;
    }
}
