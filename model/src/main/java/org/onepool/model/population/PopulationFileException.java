package org.onepool.model.population;

import java.util.List;
import java.util.stream.Collectors;

/** A population file that cannot be used, with every problem found in it. */
public final class PopulationFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<LineProblem> problems;

    public PopulationFileException(List<LineProblem> problems) {
        super(problems.stream().map(LineProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
