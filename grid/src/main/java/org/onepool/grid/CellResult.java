package org.onepool.grid;

import java.util.List;
import org.onepool.model.experiment.Summary;

/**
 * A finished cell as written to cells/KEY.json: the cell, business as usual's workforce indicators and
 * cost, and each option's appraisal exactly as {@code onepool run} of the cell's scenario puts it in
 * summary.json (with no tornado, switching values, stress table or deployment comparison).
 *
 * @param staffMonths staff-months simulated for the cell, warm-up included
 */
public record CellResult(Coordinates cell, Summary.Baseline baseline, List<Summary.OptionResult> options,
                         double staffMonths) {
    public CellResult {
        options = List.copyOf(options);
    }

    /** Where the cell sits in the grid and what it ran. */
    public record Coordinates(int index, String hash, String scenario, String stress, List<String> axes,
                              List<Double> values, long seed, int replications) {
        public Coordinates {
            axes = List.copyOf(axes);
            values = List.copyOf(values);
        }
    }
}
