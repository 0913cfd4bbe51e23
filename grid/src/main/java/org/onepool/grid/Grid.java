package org.onepool.grid;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.onepool.model.scenario.Scenario;

/**
 * A grid file read, checked and resolved against its base scenarios: the dimensions whose product is
 * the cells. Cells run in order base scenario, stress, then the sweeps with the last varying fastest.
 */
public record Grid(String name, String description, Path file, List<Base> bases, List<String> options,
                   List<String> stresses, List<Axis> axes, Integer replications, Long seed, int replicationsPerBlock) {
    /** The stress id that means "no stress": the appraisal as {@code onepool run} makes it. */
    public static final String NO_STRESS = "none";
    /** More cells than this is a grid written by mistake. */
    public static final long MAX_CELLS = 1_000_000;

    public Grid {
        bases = List.copyOf(bases);
        options = options == null ? null : List.copyOf(options);
        stresses = List.copyOf(stresses);
        axes = List.copyOf(axes);
    }

    /**
     * A base scenario: its file as the grid names it, the scenario, and its JSON tree with every default
     * written out (so every register path exists in it).
     */
    public record Base(String label, Path file, Scenario scenario, JsonNode tree) {
    }

    /** A swept input: the values on its axis, and the multiplier taking an axis value to the input's. */
    public record Axis(String name, String label, String path, List<Double> values, double multiplier) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    public long cellCount() {
        long n = (long) bases.size() * stresses.size();
        for (Axis a : axes) n *= a.values().size();
        return n;
    }

    int replicationsOf(Base base) {
        return replications != null ? replications : base.scenario().appraisal().replications();
    }

    long seedOf(Base base) {
        return seed != null ? seed : base.scenario().appraisal().seed();
    }
}
