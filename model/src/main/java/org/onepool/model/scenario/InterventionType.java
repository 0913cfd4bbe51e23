package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The mechanisms an intervention switches on. */
public enum InterventionType {
    /** One recruitment centre runs campaigns that fill several partners' vacancies of a family at once. */
    @JsonProperty("sharedRecruitment") SHARED_RECRUITMENT,
    /** Runners-up of campaigns are kept for a while and offered the next vacancies in their family. */
    @JsonProperty("talentBank") TALENT_BANK,
    /** Staff may move to the next grade at any partner in the pool. */
    @JsonProperty("careerPaths") CAREER_PATHS,
    /** Generic training delivered once by a joint unit instead of by each partner. */
    @JsonProperty("jointLearning") JOINT_LEARNING,
    /** One induction for starters of every partner. */
    @JsonProperty("sharedInduction") SHARED_INDUCTION,
    /** Flexible working, retention payments and the like: lower leaving. */
    @JsonProperty("retention") RETENTION,
    /** A joint graduate scheme or apprenticeships: a pipeline of trained entrants. */
    @JsonProperty("graduateScheme") GRADUATE_SCHEME
}
