package org.onepool.model.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every numeric input of a scenario with its path, in file order. Built by walking the records, so a
 * new field is registered without anyone remembering to add it.
 */
public final class AssumptionsRegister {
    private AssumptionsRegister() {
    }

    public static List<Assumption> of(Scenario scenario) {
        List<Assumption> out = new ArrayList<>();
        walk(scenario, "", false, out);
        return List.copyOf(out);
    }

    private static void walk(Object node, String path, boolean perEvent, List<Assumption> out) {
        if (node == null) return;
        if (node instanceof Uncertain u) {
            out.add(new Assumption(path, u, perEvent));
        } else if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) walk(item, path + "[" + i++ + "]", perEvent, out);
        } else if (node instanceof Map<?, ?> map) {
            for (var e : new TreeMap<>(map).entrySet()) walk(e.getValue(), path + "." + e.getKey(), perEvent, out);
        } else if (node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(node);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + path + "." + c.getName(), e);
                }
                boolean event = perEvent || c.isAnnotationPresent(PerEvent.class);
                walk(value, path.isEmpty() ? c.getName() : path + "." + c.getName(), event, out);
            }
        }
    }
}
