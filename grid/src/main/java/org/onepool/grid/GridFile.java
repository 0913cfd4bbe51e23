package org.onepool.grid;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A grid file as written: base scenarios, options, stresses and sweeps over inputs, run as cells of
 * replications. The format is described in docs/grid-format.md.
 *
 * @param scenarios            base scenario files, relative to the grid file's folder
 * @param options              option ids to appraise in every cell (default: every option of each scenario)
 * @param stresses             stress ids of the base scenarios, or {@code none}; each is a dimension value
 *                             (default: none only)
 * @param sweeps               inputs to sweep, by the path the assumptions register shows
 * @param replications         replications per cell
 * @param seed                 master seed of every cell (default: each scenario's own)
 * @param replicationsPerBlock replications a task runs (default 25); results do not depend on it
 */
public record GridFile(
        @JsonProperty(required = true) String name,
        String description,
        @JsonProperty(required = true) List<String> scenarios,
        List<String> options,
        List<String> stresses,
        List<Sweep> sweeps,
        Integer replications,
        Long seed,
        Integer replicationsPerBlock) {

    public static final int DEFAULT_BLOCK = 25;

    public GridFile {
        options = options == null ? null : List.copyOf(options);
        stresses = stresses == null ? List.of(Grid.NO_STRESS) : List.copyOf(stresses);
        sweeps = sweeps == null ? List.of() : List.copyOf(sweeps);
        replicationsPerBlock = replicationsPerBlock == null ? DEFAULT_BLOCK : replicationsPerBlock;
    }

    /**
     * One swept input: its path, the values it takes (a list, or a range with a step), and optionally a
     * multiplier, when the axis is a unit cost and the input a total (cost per head x heads).
     *
     * @param name       column name in the tidy table (default: the path's last field)
     * @param label      axis title in the report (default: the name)
     * @param multiplier the input takes value x multiplier (default 1)
     */
    public record Sweep(@JsonProperty(required = true) String path, String name, String label, List<Double> values,
                        Range range, Double multiplier) {
        public Sweep {
            values = values == null ? null : List.copyOf(values);
        }
    }

    /** Values from {@code from} to {@code to} inclusive, {@code step} apart. */
    public record Range(@JsonProperty(required = true) Double from, @JsonProperty(required = true) Double to,
                        @JsonProperty(required = true) Double step) {
    }
}
