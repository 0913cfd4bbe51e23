package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The mechanisms an intervention switches on. A mechanism that ramps up reaches a share of vacancies
 * equal to its strength (0 before the start, 1 at full strength); several interventions of the same
 * type on the same staff give the strongest one's share. The phases named read that share.
 */
public enum InterventionType {
    /** One recruitment centre runs campaigns that fill several partners' vacancies of a family at once. */
    @JsonProperty("sharedRecruitment") SHARED_RECRUITMENT(true, Effect.Phase.RECRUITMENT),
    /** Runners-up of campaigns are kept for a while and offered the next vacancies in their family. */
    @JsonProperty("talentBank") TALENT_BANK(true, Effect.Phase.MOBILITY, Effect.Phase.RECRUITMENT),
    /** Staff may move to the next grade at any partner in the pool. */
    @JsonProperty("careerPaths") CAREER_PATHS(true, Effect.Phase.MOBILITY),
    /** Generic training delivered once by a joint unit instead of by each partner. */
    @JsonProperty("jointLearning") JOINT_LEARNING(false),
    /** One induction for starters of every partner. */
    @JsonProperty("sharedInduction") SHARED_INDUCTION(false),
    /** Flexible working, retention payments and the like: lower leaving. */
    @JsonProperty("retention") RETENTION(false),
    /** A joint graduate scheme or apprenticeships: a pipeline of trained entrants. */
    @JsonProperty("graduateScheme") GRADUATE_SCHEME(false),
    /** Website, recruitment video, branding: the employer's image, which raises the applicants a campaign draws. */
    @JsonProperty("employerImage") EMPLOYER_IMAGE(false),
    /**
     * HR activities brought into one function (job applications, checks, temporary staff, generic learning):
     * its posts removed and added (staffCostChanges) and the cuts in campaign, checks and agency costs it states.
     */
    @JsonProperty("hrFunction") HR_FUNCTION(false);

    private final boolean pools;
    private final List<Effect.Phase> mechanismReadBy;

    InterventionType(boolean pools, Effect.Phase... mechanismReadBy) {
        this.pools = pools;
        this.mechanismReadBy = List.of(mechanismReadBy);
    }

    /**
     * Whether the type puts staff or candidates of one partner into another's posts: it then covers only
     * poolable job families that are not police-vetted, at partners outside a vetting wall.
     */
    public boolean pools() {
        return pools;
    }

    /** The type's name in a scenario file (sharedRecruitment for SHARED_RECRUITMENT). */
    public String jsonName() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int w = 1; w < words.length; w++) out.append(Character.toUpperCase(words[w].charAt(0))).append(words[w].substring(1));
        return out.toString();
    }

    /** Whether the type switches on a mechanism whose strength the simulation tracks. */
    public boolean isMechanism() {
        return !mechanismReadBy.isEmpty();
    }

    /** The phases that read the mechanism's strength (none for a type that only carries effects). */
    public List<Effect.Phase> mechanismReadBy() {
        return mechanismReadBy;
    }
}
