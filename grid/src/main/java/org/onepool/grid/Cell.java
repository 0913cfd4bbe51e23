package org.onepool.grid;

import java.util.List;

/**
 * One cell of a grid: a base scenario with the swept inputs set, appraised under one stress (or none)
 * with its own replications and seed. Its hash keys its result: a rerun skips a cell whose result is
 * already written.
 *
 * @param values       the cell's value on each sweep axis, in sweep order (axis values, before any multiplier)
 * @param options      the option ids appraised
 * @param scenarioJson the cell's scenario as JSON (what {@code onepool run} of the cell reads)
 * @param hash         SHA-256 of everything the result depends on: version, scenario, stress, options,
 *                     seed and replications (not how replications are split into blocks)
 */
public record Cell(int index, String scenario, String stress, List<Double> values, long seed, int replications,
                   List<String> options, String scenarioJson, String hash) {
    public Cell {
        values = List.copyOf(values);
        options = List.copyOf(options);
    }

    /** A short key for file names: the hash's first 16 hex digits. */
    public String key() {
        return hash.substring(0, 16);
    }

    /** How messages name the cell: its number and coordinates. */
    public String describe(List<Grid.Axis> axes) {
        StringBuilder s = new StringBuilder("cell ").append(index + 1).append(" (").append(scenario)
                .append(", stress ").append(stress);
        for (int k = 0; k < axes.size(); k++) s.append(", ").append(axes.get(k).name()).append(' ').append(number(values.get(k)));
        return s.append(')').toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
