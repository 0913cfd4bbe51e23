package org.onepool.model.population;

/** One thing wrong at a place in a data file: its line (1 = first line of the file) and column. */
public record LineProblem(long line, String column, String found, String expected) {
    public String message() {
        String where = line > 0 ? "line " + line + (column == null ? "" : ", column " + column) : "(file)";
        return where + ": found " + found + "; expected " + expected;
    }
}
