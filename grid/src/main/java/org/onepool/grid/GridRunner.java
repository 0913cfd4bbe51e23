package org.onepool.grid;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.onepool.model.experiment.AppraisalFold;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.ReplicationOutcome;
import org.onepool.model.experiment.Summary;

/**
 * Runs a grid's missing cells on Spark. Each cell is one Spark job whose tasks run blocks of its
 * replications; the driver folds the blocks' outcomes in replication order, so a cell's result is the
 * same whatever the blocks, partitions and executors, and writes the cell's result as soon as it is
 * folded. Cells whose result is already written are skipped. Several cells are in flight at once to
 * keep the executors busy.
 */
final class GridRunner {
    /** A block of one cell's replications, [from, to). */
    record Block(int from, int to) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What a run did: cells computed now, cells found already written, and every cell's result in order. */
    record Outcome(int computed, int skipped, List<CellResult> results, double staffMonthsComputed, double seconds) {
    }

    /** A cell failed on every attempt Spark made; the cells finished before it are kept. */
    static final class CellFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Cell cell;

        CellFailed(Cell cell, String where, Throwable cause) {
            super(where + " failed: " + rootMessage(cause), cause);
            this.cell = cell;
        }

        private static String rootMessage(Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            return root.toString();
        }
    }

    private record Pending(Cell cell, CellTask task, JavaFutureAction<List<List<ReplicationOutcome>>> future) {
    }

    private final JavaSparkContext spark;
    private final Grid grid;
    private final CellStore store;
    private final int partitions;
    private final Progress progress;

    /**
     * @param partitions tasks per cell; 0 for one task per block
     */
    GridRunner(SparkSession session, Grid grid, CellStore store, int partitions, Progress progress) {
        this.spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        this.grid = grid;
        this.store = store;
        this.partitions = partitions;
        this.progress = progress;
    }

    static List<Block> blocks(int replications, int perBlock) {
        List<Block> blocks = new ArrayList<>();
        for (int from = 0; from < replications; from += perBlock) {
            blocks.add(new Block(from, Math.min(replications, from + perBlock)));
        }
        return blocks;
    }

    Outcome run(List<Cell> cells) throws IOException, CellFailed {
        long started = System.nanoTime();
        List<CellResult> results = new ArrayList<>();
        List<Cell> missing = new ArrayList<>();
        for (Cell cell : cells) {
            if (store.has(cell)) results.add(store.read(cell));
            else missing.add(cell);
        }
        progress.begin("Grid cells", missing.size());
        double staffMonths = 0;
        int window = window(missing);
        Deque<Pending> inFlight = new ArrayDeque<>();
        try {
            for (Cell cell : missing) {
                while (inFlight.size() >= window) {
                    CellResult done = finish(inFlight.removeFirst());
                    results.add(done);
                    staffMonths += done.staffMonths();
                }
                inFlight.addLast(submit(cell));
            }
            while (!inFlight.isEmpty()) {
                CellResult done = finish(inFlight.removeFirst());
                results.add(done);
                staffMonths += done.staffMonths();
            }
        } finally {
            for (Pending p : inFlight) p.future().cancel(true);
        }
        results.sort(Comparator.comparingInt(r -> r.cell().index()));
        return new Outcome(missing.size(), cells.size() - missing.size(), results, staffMonths,
                (System.nanoTime() - started) / 1e9);
    }

    /** Enough cells in flight that every executor core has a task, and the next cell's tasks are queued. */
    private int window(List<Cell> cells) {
        if (cells.isEmpty()) return 1;
        int tasks = Math.max(1, tasksPerCell(cells.get(0)));
        return Math.max(2, (2 * spark.defaultParallelism() + tasks - 1) / tasks);
    }

    private int tasksPerCell(Cell cell) {
        int blocks = blocks(cell.replications(), grid.replicationsPerBlock()).size();
        return partitions > 0 ? Math.min(partitions, blocks) : blocks;
    }

    private Pending submit(Cell cell) {
        CellTask task = CellTask.of(cell);
        List<Block> blocks = blocks(cell.replications(), grid.replicationsPerBlock());
        spark.setJobDescription(cell.describe(grid.axes()));
        JavaFutureAction<List<List<ReplicationOutcome>>> future = spark.parallelize(blocks, tasksPerCell(cell))
                .map(b -> task.run(b.from(), b.to()))
                .collectAsync();
        return new Pending(cell, task, future);
    }

    private CellResult finish(Pending pending) throws IOException, CellFailed {
        Cell cell = pending.cell();
        List<List<ReplicationOutcome>> blocks;
        try {
            blocks = pending.future().get();
        } catch (ExecutionException e) {
            throw new CellFailed(cell, cell.describe(grid.axes()), e.getCause() != null ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellFailed(cell, cell.describe(grid.axes()), e);
        }
        Experiment experiment = pending.task().experiment();
        AppraisalFold fold = experiment.newFold();
        for (List<ReplicationOutcome> block : blocks) {
            for (ReplicationOutcome outcome : block) fold.add(outcome);
        }
        if (fold.folded() != cell.replications()) {
            throw new IllegalStateException(cell.describe(grid.axes()) + " came back with " + fold.folded() + " of "
                    + cell.replications() + " replications");
        }
        ExperimentResult folded = experiment.complete(fold, new Summary.ScenarioInfo(cell.scenario(), null, cell.hash()),
                Progress.NONE);
        CellResult result = new CellResult(coordinates(cell), folded.summary().baseline(), folded.summary().options(),
                folded.staffMonths());
        store.write(cell, result);
        progress.step(1);
        return result;
    }

    private CellResult.Coordinates coordinates(Cell cell) {
        return new CellResult.Coordinates(cell.index(), cell.hash(), cell.scenario(), cell.stress(),
                grid.axes().stream().map(Grid.Axis::name).toList(), cell.values(), cell.seed(), cell.replications());
    }
}
