package org.onepool.model.optimise.budget;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The budget split's rules, one method each, named as what must hold. Hard scores are GBP over or under
 * a limit; the soft score is the response surface's predicted gain, GBP.
 */
public class BudgetConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            yearlySpendMustStayWithinTheAnnualCap(factory),
            leverSpendMustStayWithinItsMaximum(factory),
            leverSpendMustReachItsMinimum(factory),
            leverWithAMinimumMustBeFunded(factory),
            predictedGainIsRewarded(factory),
            predictedLossIsPenalised(factory)
        };
    }

    Constraint yearlySpendMustStayWithinTheAnnualCap(ConstraintFactory factory) {
        return factory.forEach(Tranche.class)
                .groupBy(Tranche::year, sumLong(Tranche::getAmountGbp))
                .join(YearCap.class, Joiners.equal((year, spend) -> year, YearCap::year))
                .filter((year, spend, cap) -> spend > cap.capGbp())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (year, spend, cap) -> spend - cap.capGbp())
                .asConstraint("Yearly spend must stay within the annual cap");
    }

    Constraint leverSpendMustStayWithinItsMaximum(ConstraintFactory factory) {
        return factory.forEach(Tranche.class)
                .groupBy(Tranche::lever, sumLong(Tranche::getAmountGbp))
                .join(LeverLimit.class, Joiners.equal((lever, spend) -> lever, LeverLimit::lever))
                .filter((lever, spend, limit) -> spend > limit.maxGbp())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (lever, spend, limit) -> spend - limit.maxGbp())
                .asConstraint("Lever spend must stay within its maximum");
    }

    Constraint leverSpendMustReachItsMinimum(ConstraintFactory factory) {
        return factory.forEach(Tranche.class)
                .groupBy(Tranche::lever, sumLong(Tranche::getAmountGbp))
                .join(LeverLimit.class, Joiners.equal((lever, spend) -> lever, LeverLimit::lever))
                .filter((lever, spend, limit) -> spend < limit.minGbp())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (lever, spend, limit) -> limit.minGbp() - spend)
                .asConstraint("Lever spend must reach its minimum");
    }

    /** The grouped rule above cannot see a lever no tranche reaches; this one does. */
    Constraint leverWithAMinimumMustBeFunded(ConstraintFactory factory) {
        return factory.forEach(LeverLimit.class)
                .filter(limit -> limit.minGbp() > 0)
                .ifNotExists(Tranche.class, Joiners.equal(LeverLimit::lever, Tranche::lever))
                .penalizeLong(HardSoftLongScore.ONE_HARD, LeverLimit::minGbp)
                .asConstraint("Lever with a minimum must be funded");
    }

    /** The surface's NPV of the plan above that of spending nothing. */
    Constraint predictedGainIsRewarded(ConstraintFactory factory) {
        return factory.forEach(Tranche.class)
                .groupBy(toList())
                .join(PlanValue.class)
                .filter((tranches, value) -> value.gainGbp(tranches) > 0)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (tranches, value) -> value.gainGbp(tranches))
                .asConstraint("Predicted gain is rewarded");
    }

    /** The surface's NPV of the plan below that of spending nothing. */
    Constraint predictedLossIsPenalised(ConstraintFactory factory) {
        return factory.forEach(Tranche.class)
                .groupBy(toList())
                .join(PlanValue.class)
                .filter((tranches, value) -> value.gainGbp(tranches) < 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (tranches, value) -> -value.gainGbp(tranches))
                .asConstraint("Predicted loss is penalised");
    }
}
