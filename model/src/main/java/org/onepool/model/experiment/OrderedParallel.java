package org.onepool.model.experiment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Runs tasks 0..n-1 (or from..to-1) on a pool of threads and hands their results to a consumer strictly in index
 * order, so whatever the consumer folds (sums, streaming percentiles) comes out the same at any thread
 * count. At most a few tasks per thread are in flight, so memory does not grow with n.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    public static <T> void run(int n, int threads, IntFunction<T> task, ObjIntConsumer<T> consumer, Progress progress) {
        run(0, n, threads, task, consumer, progress);
    }

    /** Tasks from..to-1, handed over in index order. */
    public static <T> void run(int from, int to, int threads, IntFunction<T> task, ObjIntConsumer<T> consumer,
                        Progress progress) {
        if (threads <= 1) {
            for (int i = from; i < to; i++) {
                consumer.accept(task.apply(i), i);
                progress.step(1);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "onepool-replication");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<T>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        int next = from;
        try {
            for (int i = from; i < to; i++) {
                while (next < to && next < i + window) {
                    int index = next++;
                    inFlight.addLast(pool.submit(() -> task.apply(index)));
                }
                T result = inFlight.removeFirst().get();
                consumer.accept(result, i);
                progress.step(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
