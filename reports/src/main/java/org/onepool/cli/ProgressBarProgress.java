package org.onepool.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.onepool.model.experiment.Progress;

/**
 * Shows a run's progress on the command's error stream: a bar with ETA redrawn in place on a terminal,
 * plain ASCII lines every few seconds otherwise (a log file, a test through {@code execute}).
 */
public final class ProgressBarProgress implements Progress, AutoCloseable {
    private final PrintWriter err;
    private final boolean quiet;
    private ProgressBar bar;

    public ProgressBarProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void begin(String task, long totalSteps) {
        close();
        if (quiet) return;
        boolean terminal = System.console() != null;
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalSteps)
                .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setConsumer(terminal ? new InPlace(err) : new DelegatingProgressBarConsumer(err::println, 100))
                .setUpdateIntervalMillis(terminal ? 200 : 5000)
                .showSpeed()
                .build();
    }

    @Override
    public void step(long steps) {
        if (bar != null) bar.stepBy(steps);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** The console consumer's redraw in place and its terminal width, written to the command's stream. */
    private static final class InPlace extends ConsoleProgressBarConsumer {
        private final PrintWriter err;

        InPlace(PrintWriter err) {
            super(System.err);
            this.err = err;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r' + rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
