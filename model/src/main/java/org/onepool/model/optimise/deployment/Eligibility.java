package org.onepool.model.optimise.deployment;

/** The hard rules for one person in one post, shared by the constraints, greedy policy and exhaustive search. */
public final class Eligibility {
    private Eligibility() {
    }

    public static boolean sameJobFamily(PooledPerson person, OpenPost post) {
        return person.jobFamily().equals(post.jobFamily());
    }

    /** Nobody crosses a vetting wall: neither out of a walled partner nor into one. */
    public static boolean crossesWall(PooledPerson person, OpenPost post) {
        return (person.behindWall() || post.behindWall()) && !person.homePartner().equals(post.partner());
    }

    public static boolean vettingHeld(PooledPerson person, OpenPost post) {
        return person.vetting().ordinal() >= post.vettingRequired().ordinal();
    }

    /** The post is at the person's grade or one above. */
    public static boolean gradeFits(PooledPerson person, OpenPost post) {
        return post.grade() == person.grade() || post.grade() == person.grade() + 1;
    }

    public static boolean needsTraining(PooledPerson person, OpenPost post) {
        return post.requiredSkill() != null && !person.skills().contains(post.requiredSkill());
    }

    /** Cost of the training the person needs for the post: 0 if none, -1 if no course grants the skill. */
    public static long trainingCost(DeploymentProblem problem, PooledPerson person, OpenPost post) {
        if (!needsTraining(person, post)) return 0;
        TrainingOption course = problem.cheapestCourse(post.requiredSkill());
        return course == null ? -1 : course.costGbp();
    }

    /** Every hard rule but the budget and one-person-per-post. */
    public static boolean eligible(DeploymentProblem problem, PooledPerson person, OpenPost post) {
        return sameJobFamily(person, post) && !crossesWall(person, post) && vettingHeld(person, post)
                && gradeFits(person, post) && trainingCost(problem, person, post) >= 0;
    }

    public static double distanceKm(PooledPerson person, OpenPost post) {
        double dLat = Math.toRadians(post.latitude() - person.latitude());
        double dLon = Math.toRadians(post.longitude() - person.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(person.latitude()))
                * Math.cos(Math.toRadians(post.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
