package org.onepool.model.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every numeric input of a scenario with its path, in file order. Built by walking the records, so a
 * new field is registered without anyone remembering to add it; an intervention's effects are walked in
 * {@link Effect} order. Each input knows the option it belongs to, if any: the walk passes it down.
 */
public final class AssumptionsRegister {
    private AssumptionsRegister() {
    }

    public static List<Assumption> of(Scenario scenario) {
        List<Assumption> out = new ArrayList<>();
        walk(scenario, "", new Owner(null, false), out);
        return List.copyOf(out);
    }

    /** What the walk knows about the inputs below a node: their option, and whether they are per event. */
    private record Owner(String option, boolean perEvent) {
    }

    private static void walk(Object node, String path, Owner owner, List<Assumption> out) {
        if (node == null) return;
        if (node instanceof Uncertain u) {
            out.add(new Assumption(path, u, owner.perEvent(), owner.option()));
        } else if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) walk(item, path + "[" + i++ + "]", owner, out);
        } else if (node instanceof Map<?, ?> map) {
            for (var e : new TreeMap<>(map).entrySet()) walk(e.getValue(), path + "." + e.getKey(), owner, out);
        } else if (node instanceof Effects effects) {
            effects.given().forEach((effect, value) -> walk(value, path + "." + effect.jsonName(), owner, out));
        } else if (node.getClass().isRecord()) {
            Owner below = node instanceof Option option ? new Owner(option.id(), owner.perEvent()) : owner;
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(node);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + path + "." + c.getName(), e);
                }
                Owner child = c.isAnnotationPresent(PerEvent.class) ? new Owner(below.option(), true) : below;
                walk(value, path.isEmpty() ? c.getName() : path + "." + c.getName(), child, out);
            }
        }
    }
}
