package org.onepool.model.optimise.deployment;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Vetting;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per rule; each calls the rule it is named after. */
class DeploymentConstraintsTest {
    private final ConstraintVerifier<DeploymentConstraints, DeploymentSolution> verifier =
            ConstraintVerifier.build(new DeploymentConstraints(), DeploymentSolution.class, Assignment.class);

    private static final DeploymentWeights WEIGHTS = new DeploymentWeights(3, 20, 50, 250);
    private static final DeploymentSettings SETTINGS = new DeploymentSettings(1_000, WEIGHTS);
    private static final TrainingOption COURSE = new TrainingOption("sw", "social-work", 800, 3);

    private static PooledPerson person(String id, String family, int grade, String partner, boolean wall) {
        return new PooledPerson(id, PersonKind.STAGNATING, family, grade, partner, 51.75, -1.25, Vetting.NONE,
                Set.of(), 24, wall);
    }

    private static OpenPost post(String id, String family, int grade, String partner, boolean wall) {
        return new OpenPost(id, partner, family, grade, 51.75, -1.25, Vetting.NONE, null, 2_000, wall);
    }

    private static Assignment assign(PooledPerson person, OpenPost post) {
        DeploymentProblem problem = new DeploymentProblem(List.of(person), post == null ? List.of() : List.of(post),
                List.of(COURSE), SETTINGS.trainingBudgetGbp(), WEIGHTS);
        return new Assignment(person, problem, post);
    }

    @Test
    void personMustStayInTheirJobFamily() {
        verifier.verifyThat(DeploymentConstraints::personMustStayInTheirJobFamily)
                .given(assign(person("a", "admin", 1, "occ", false), post("p", "care", 1, "occ", false)))
                .penalizesBy(1);
        verifier.verifyThat(DeploymentConstraints::personMustStayInTheirJobFamily)
                .given(assign(person("a", "admin", 1, "occ", false), post("p", "admin", 1, "occ", false)))
                .penalizesBy(0);
    }

    @Test
    void nobodyMayCrossAVettingWall() {
        verifier.verifyThat(DeploymentConstraints::nobodyMayCrossAVettingWall)
                .given(assign(person("a", "admin", 1, "police", true), post("p", "admin", 1, "city", false)))
                .penalizesBy(1);
        verifier.verifyThat(DeploymentConstraints::nobodyMayCrossAVettingWall)
                .given(assign(person("a", "admin", 1, "city", false), post("p", "admin", 1, "police", true)))
                .penalizesBy(1);
        verifier.verifyThat(DeploymentConstraints::nobodyMayCrossAVettingWall)
                .given(assign(person("a", "admin", 1, "police", true), post("p", "admin", 2, "police", true)))
                .penalizesBy(0);
    }

    @Test
    void personMustHoldTheVettingThePostNeeds() {
        OpenPost enhanced = new OpenPost("p", "occ", "care", 1, 51.75, -1.25, Vetting.ENHANCED, null, 2_000, false);
        verifier.verifyThat(DeploymentConstraints::personMustHoldTheVettingThePostNeeds)
                .given(assign(person("a", "care", 1, "occ", false), enhanced))
                .penalizesBy(1);
    }

    @Test
    void postMustBeAtThePersonsGradeOrTheNext() {
        verifier.verifyThat(DeploymentConstraints::postMustBeAtThePersonsGradeOrTheNext)
                .given(assign(person("a", "admin", 1, "occ", false), post("p", "admin", 3, "occ", false)))
                .penalizesBy(1);
        verifier.verifyThat(DeploymentConstraints::postMustBeAtThePersonsGradeOrTheNext)
                .given(assign(person("a", "admin", 1, "occ", false), post("p", "admin", 2, "occ", false)))
                .penalizesBy(0);
    }

    @Test
    void missingSkillMustBeTrainable() {
        OpenPost needsLaw = new OpenPost("p", "occ", "admin", 1, 51.75, -1.25, Vetting.NONE, "law", 2_000, false);
        OpenPost needsSw = new OpenPost("q", "occ", "admin", 1, 51.75, -1.25, Vetting.NONE, "social-work", 2_000, false);
        verifier.verifyThat(DeploymentConstraints::missingSkillMustBeTrainable)
                .given(assign(person("a", "admin", 1, "occ", false), needsLaw))
                .penalizesBy(1);
        verifier.verifyThat(DeploymentConstraints::missingSkillMustBeTrainable)
                .given(assign(person("a", "admin", 1, "occ", false), needsSw))
                .penalizesBy(0);
    }

    @Test
    void postMustNotGoToTwoPeople() {
        OpenPost p = post("p", "admin", 1, "occ", false);
        verifier.verifyThat(DeploymentConstraints::postMustNotGoToTwoPeople)
                .given(assign(person("a", "admin", 1, "occ", false), p), assign(person("b", "admin", 1, "occ", false), p))
                .penalizesBy(1);
    }

    @Test
    void trainingSpendMustStayWithinBudget() {
        OpenPost q1 = new OpenPost("q1", "occ", "admin", 1, 51.75, -1.25, Vetting.NONE, "social-work", 2_000, false);
        OpenPost q2 = new OpenPost("q2", "occ", "admin", 1, 51.75, -1.25, Vetting.NONE, "social-work", 2_000, false);
        verifier.verifyThat(DeploymentConstraints::trainingSpendMustStayWithinBudget)
                .given(SETTINGS, assign(person("a", "admin", 1, "occ", false), q1),
                        assign(person("b", "admin", 1, "occ", false), q2))
                .penalizesBy(600);
        verifier.verifyThat(DeploymentConstraints::trainingSpendMustStayWithinBudget)
                .given(SETTINGS, assign(person("a", "admin", 1, "occ", false), q1))
                .penalizesBy(0);
    }

    @Test
    void vacantPostsCostAgencyCover() {
        OpenPost filled = post("p", "admin", 1, "occ", false);
        OpenPost empty = post("q", "admin", 1, "occ", false);
        verifier.verifyThat(DeploymentConstraints::vacantPostsCostAgencyCover)
                .given(SETTINGS, filled, empty, assign(person("a", "admin", 1, "occ", false), filled))
                .penalizesBy(2_000 * 3);
    }

    @Test
    void trainingCostsMoney() {
        OpenPost q = new OpenPost("q", "occ", "admin", 1, 51.75, -1.25, Vetting.NONE, "social-work", 2_000, false);
        verifier.verifyThat(DeploymentConstraints::trainingCostsMoney)
                .given(assign(person("a", "admin", 1, "occ", false), q))
                .penalizesBy(800);
    }

    /**
     * A post one degree of latitude due north: on a sphere of radius 6,371 km that is 6,371 x pi / 180 =
     * 111.195 km, at GBP 20 a km GBP 2,223.9, so GBP 2,224 (worked by hand, not by the code under test).
     */
    @Test
    void travelCostsMoney() {
        OpenPost north = new OpenPost("n", "cherwell", "admin", 1, 52.75, -1.25, Vetting.NONE, null, 2_000, false);
        PooledPerson oxford = person("a", "admin", 1, "occ", false);
        verifier.verifyThat(DeploymentConstraints::travelCostsMoney)
                .given(assign(oxford, north))
                .penalizesBy(2_224);
    }

    @Test
    void stagnatingStaffGainFromProgression() {
        verifier.verifyThat(DeploymentConstraints::stagnatingStaffGainFromProgression)
                .given(SETTINGS, assign(person("a", "admin", 1, "occ", false), post("p", "admin", 2, "occ", false)))
                .rewardsWith(24 * 50);
    }

    @Test
    void everyMoveDisrupts() {
        verifier.verifyThat(DeploymentConstraints::everyMoveDisrupts)
                .given(SETTINGS, assign(person("a", "admin", 1, "occ", false), post("p", "admin", 1, "occ", false)),
                        assign(person("b", "admin", 1, "occ", false), null))
                .penalizesBy(250);
    }
}
