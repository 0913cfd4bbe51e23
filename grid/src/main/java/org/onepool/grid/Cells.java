package org.onepool.grid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.onepool.model.Version;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * Expands a grid into its cells and checks each cell's scenario with the scenario checks, before any task
 * runs: a swept value out of range is reported with the cell and the path, and nothing runs.
 */
final class Cells {
    /** Past this many problems the rest are counted, not listed. */
    static final int MAX_LISTED = 20;

    private Cells() {
    }

    /** A cell before its checks: where it sits in the grid. */
    private record Place(int index, Grid.Base base, String stress, List<Double> values) {
    }

    /** A cell that passed its checks, or the problems of one that did not. */
    private record Checked(Cell cell, List<Problem> problems) {
    }

    /** Every cell of the grid in order, each checked (on every core: a large grid has thousands). */
    static List<Cell> of(Grid grid) throws ScenarioException {
        List<Place> places = new ArrayList<>();
        for (Grid.Base base : grid.bases()) {
            for (String stress : grid.stresses()) {
                for (List<Double> values : product(grid.axes())) places.add(new Place(places.size(), base, stress, values));
            }
        }
        List<Checked> checked = places.parallelStream().map(p -> check(grid, p)).toList();
        List<Cell> cells = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int bad = 0;
        for (Checked c : checked) {
            if (c.cell() != null) cells.add(c.cell());
            else if (bad++ < MAX_LISTED) problems.addAll(c.problems());
        }
        if (bad > MAX_LISTED) {
            problems.add(new Problem("sweeps", (bad - MAX_LISTED) + " more cells with problems", "cells that pass the checks"));
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return cells;
    }

    private static Checked check(Grid grid, Place place) {
        ObjectNode tree = place.base().tree().deepCopy();
        for (int k = 0; k < place.values().size(); k++) {
            Grid.Axis axis = grid.axes().get(k);
            InputPaths.set(tree, axis.path(), place.values().get(k) * axis.multiplier());
        }
        String json = tree.toPrettyString();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.parse(json, true);
        } catch (ScenarioException e) {
            String where = new Cell(place.index(), place.base().label(), place.stress(), place.values(), 0, 0, List.of(),
                    json, "-").describe(grid.axes());
            return new Checked(null, e.problems().stream()
                    .map(p -> new Problem(where + ": " + p.path(), p.found(), p.expected())).toList());
        }
        List<String> options = grid.options() != null ? grid.options()
                : scenario.options().stream().map(Option::id).toList();
        long seed = grid.seedOf(place.base());
        int replications = grid.replicationsOf(place.base());
        return new Checked(new Cell(place.index(), place.base().label(), place.stress(), place.values(), seed,
                replications, options, json, hash(json, place.stress(), options, seed, replications)), List.of());
    }

    /** Every combination of the axes' values, the last axis varying fastest. */
    static List<List<Double>> product(List<Grid.Axis> axes) {
        List<List<Double>> out = new ArrayList<>();
        out.add(List.of());
        for (Grid.Axis axis : axes) {
            List<List<Double>> next = new ArrayList<>();
            for (List<Double> prefix : out) {
                for (Double v : axis.values()) {
                    List<Double> combination = new ArrayList<>(prefix);
                    combination.add(v);
                    next.add(combination);
                }
            }
            out = next;
        }
        return out;
    }

    static String hash(String scenarioJson, String stress, List<String> options, long seed, int replications) {
        String key = String.join("\n", "onepool " + Version.get(), "stress " + stress, "options " + options,
                "seed " + seed, "replications " + replications, scenarioJson);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
