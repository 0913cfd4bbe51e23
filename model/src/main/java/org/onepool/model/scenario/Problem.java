package org.onepool.model.scenario;

/**
 * One thing wrong with a scenario file: where it is, what was found there and what was expected.
 *
 * @param path field path such as {@code partners[2].workforce[0].turnover.tenureBands[1].annualRate},
 *             or {@code (file)} for problems with the file as a whole
 */
public record Problem(String path, String found, String expected) {

    /** The line a user reads. */
    public String message() {
        return path + ": found " + found + "; expected " + expected;
    }

    @Override
    public String toString() {
        return message();
    }
}
