package org.onepool.model.experiment;

/** Told how far a long run has got; the command line draws a progress bar from it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long totalSteps) {
        }

        @Override
        public void step(long steps) {
        }
    };

    /** A new stage starts, with its number of steps (replications). */
    void begin(String task, long totalSteps);

    /** Steps completed since the last call. Called from one thread at a time. */
    void step(long steps);
}
