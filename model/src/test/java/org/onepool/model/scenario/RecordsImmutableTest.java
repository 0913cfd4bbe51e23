package org.onepool.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.input.ScenarioLoader;

/** A scenario's records cannot be changed once built: no arrays, and every list and map refuses changes. */
class RecordsImmutableTest {

    @Test
    void everyBundledScenarioIsImmutableAllTheWayDown() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("../scenarios"))) {
            files = s.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().startsWith("deploy"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int collections = 0;
        for (Path file : files) collections += walk(ScenarioLoader.load(file), file.getFileName().toString());
        assertThat(collections).as("lists and maps checked").isGreaterThan(100);
    }

    private static int walk(Object node, String path) throws ReflectiveOperationException {
        if (node == null) return 0;
        assertThat(node.getClass().isArray()).as("%s is an array", path).isFalse();
        int checked = 0;
        if (node instanceof Collection<?> items) {
            assertThatThrownBy(items::clear).as("%s can be cleared", path).isInstanceOf(UnsupportedOperationException.class);
            checked++;
            int i = 0;
            for (Object item : items) checked += walk(item, path + "[" + i++ + "]");
        } else if (node instanceof Map<?, ?> map) {
            assertThatThrownBy(map::clear).as("%s can be cleared", path).isInstanceOf(UnsupportedOperationException.class);
            checked++;
            for (var e : map.entrySet()) checked += walk(e.getValue(), path + "." + e.getKey());
        } else if (node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                checked += walk(c.getAccessor().invoke(node), path + "." + c.getName());
            }
        }
        return checked;
    }

    @Test
    void anUncertainNumberKeepsItsOwnCopyOfTheListsItIsGiven() {
        List<Double> triangular = new ArrayList<>(List.of(1.0, 2.0, 3.0));
        List<Double> uniform = new ArrayList<>(List.of(1.0, 2.0));
        Uncertain t = new Uncertain(null, triangular, null, null, null, null, null, null);
        Uncertain u = new Uncertain(null, null, null, null, uniform, null, null, null);
        triangular.set(1, 9.0);
        uniform.set(1, 9.0);
        assertThat(t.central()).isEqualTo(2.0);
        assertThat(u.highest()).isEqualTo(2.0);
    }
}
