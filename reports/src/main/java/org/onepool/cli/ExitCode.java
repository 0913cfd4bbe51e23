package org.onepool.cli;

/** Exit codes of the onepool command. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** Something went wrong inside onepool: a fault to report, not the user's mistake. */
    public static final int INTERNAL_ERROR = 1;
    /** The input (scenario, options, arguments) is wrong; the message says where. Nothing was written. */
    public static final int BAD_INPUT = 2;
    /**
     * The output folder cannot be written (no permission, a read-only or full disk): the user's
     * environment, neither their input nor a fault. Said before anything is simulated when it can be.
     */
    public static final int CANNOT_WRITE = 3;

    private ExitCode() {
    }
}
