package org.onepool.model.optimise.deployment;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/** The deployment rules, one method each, named as what must hold or what it costs. Soft scores are GBP. */
public class DeploymentConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            personMustStayInTheirJobFamily(factory),
            nobodyMayCrossAVettingWall(factory),
            personMustHoldTheVettingThePostNeeds(factory),
            postMustBeAtThePersonsGradeOrTheNext(factory),
            missingSkillMustBeTrainable(factory),
            postMustNotGoToTwoPeople(factory),
            trainingSpendMustStayWithinBudget(factory),
            vacantPostsCostAgencyCover(factory),
            trainingCostsMoney(factory),
            travelCostsMoney(factory),
            stagnatingStaffGainFromProgression(factory),
            everyMoveDisrupts(factory)
        };
    }

    Constraint personMustStayInTheirJobFamily(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !Eligibility.sameJobFamily(a.getPerson(), a.getPost()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("Person must stay in their job family");
    }

    Constraint nobodyMayCrossAVettingWall(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> Eligibility.crossesWall(a.getPerson(), a.getPost()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("Nobody may cross a vetting wall");
    }

    Constraint personMustHoldTheVettingThePostNeeds(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !Eligibility.vettingHeld(a.getPerson(), a.getPost()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("Person must hold the vetting the post needs");
    }

    Constraint postMustBeAtThePersonsGradeOrTheNext(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> !Eligibility.gradeFits(a.getPerson(), a.getPost()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("Post must be at the person's grade or the next");
    }

    Constraint missingSkillMustBeTrainable(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> Eligibility.trainingCost(problemOf(a), a.getPerson(), a.getPost()) < 0)
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("Missing skill must be trainable");
    }

    private static DeploymentProblem problemOf(Assignment a) {
        return a.problem();
    }

    Constraint postMustNotGoToTwoPeople(ConstraintFactory factory) {
        return factory.forEachUniquePair(Assignment.class, Joiners.equal(Assignment::getPost))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("Post must not go to two people");
    }

    Constraint trainingSpendMustStayWithinBudget(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.trainingCostGbp() > 0)
                .groupBy(sumLong(Assignment::trainingCostGbp))
                .join(DeploymentSettings.class)
                .filter((spend, s) -> spend > s.trainingBudgetGbp())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (spend, s) -> spend - s.trainingBudgetGbp())
                .asConstraint("Training spend must stay within budget");
    }

    Constraint vacantPostsCostAgencyCover(ConstraintFactory factory) {
        return factory.forEach(OpenPost.class)
                .ifNotExists(Assignment.class, Joiners.equal(p -> p, Assignment::getPost))
                .join(DeploymentSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (p, s) -> p.agencyCostGbpPerMonth() * s.weights().monthsUntilExternalFill())
                .asConstraint("Vacant posts cost agency cover");
    }

    Constraint trainingCostsMoney(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.trainingCostGbp() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Assignment::trainingCostGbp)
                .asConstraint("Training costs money");
    }

    Constraint travelCostsMoney(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.travelCostGbp() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Assignment::travelCostGbp)
                .asConstraint("Travel costs money");
    }

    Constraint stagnatingStaffGainFromProgression(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isProgression)
                .join(DeploymentSettings.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT,
                        (a, s) -> a.getPerson().monthsStagnating() * s.weights().progressionGbpPerMonth())
                .asConstraint("Stagnating staff gain from progression");
    }

    Constraint everyMoveDisrupts(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .join(DeploymentSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, s) -> s.weights().moveGbp())
                .asConstraint("Every move disrupts");
    }
}
