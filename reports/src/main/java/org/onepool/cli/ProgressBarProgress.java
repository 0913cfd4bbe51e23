package org.onepool.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.onepool.model.experiment.Progress;

/** Shows a run's progress as a bar with ETA on stderr; plain ASCII lines when stderr is not a terminal. */
public final class ProgressBarProgress implements Progress, AutoCloseable {
    private final PrintStream err;
    private final boolean quiet;
    private ProgressBar bar;

    public ProgressBarProgress(PrintStream err, boolean quiet) {
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
                // A terminal gets one bar redrawn in place; a log file gets a plain line every few seconds.
                .setConsumer(terminal ? new ConsoleProgressBarConsumer(err)
                        : new DelegatingProgressBarConsumer(err::println, 100))
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
}
