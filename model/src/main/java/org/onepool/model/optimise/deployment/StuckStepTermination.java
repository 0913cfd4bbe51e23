package org.onepool.model.optimise.deployment;

import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.optaplanner.core.impl.solver.termination.AbstractTermination;
import org.optaplanner.core.impl.solver.termination.Termination;
import org.optaplanner.core.impl.solver.thread.ChildThreadType;

/**
 * Ends the local search when one step has tried {@value #TRIES} moves and accepted none: the search is
 * at a local optimum it cannot leave at its present temperature, and with random moves the step would
 * otherwise never end. A count of tries, not a time, so the plan stays reproducible.
 */
public final class StuckStepTermination extends AbstractTermination<DeploymentSolution> {
    static final long TRIES = 1_000;
    private long atStepStart;

    @Override
    public void phaseStarted(AbstractPhaseScope<DeploymentSolution> phaseScope) {
        atStepStart = phaseScope.getScoreDirector().getCalculationCount();
    }

    @Override
    public void stepStarted(AbstractStepScope<DeploymentSolution> stepScope) {
        atStepStart = stepScope.getScoreDirector().getCalculationCount();
    }

    @Override
    public boolean isSolverTerminated(SolverScope<DeploymentSolution> solverScope) {
        return false;
    }

    @Override
    public boolean isPhaseTerminated(AbstractPhaseScope<DeploymentSolution> phaseScope) {
        return phaseScope.getScoreDirector().getCalculationCount() - atStepStart > TRIES;
    }

    @Override
    public double calculateSolverTimeGradient(SolverScope<DeploymentSolution> solverScope) {
        return 0;
    }

    @Override
    public double calculatePhaseTimeGradient(AbstractPhaseScope<DeploymentSolution> phaseScope) {
        return 0;
    }

    @Override
    public Termination<DeploymentSolution> createChildThreadTermination(SolverScope<DeploymentSolution> solverScope,
                                                                        ChildThreadType childThreadType) {
        return new StuckStepTermination();
    }
}
