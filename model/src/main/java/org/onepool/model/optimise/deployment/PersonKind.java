package org.onepool.model.optimise.deployment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a person is in the deployment pool. */
public enum PersonKind {
    /** Their post is being cut: redeploy them or pay redundancy. */
    @JsonProperty("redeployee") REDEPLOYEE,
    /** Stagnating in post and looking for the next grade (or a move). */
    @JsonProperty("stagnating") STAGNATING,
    /** A runner-up from an earlier campaign, waiting in the talent bank. */
    @JsonProperty("talentBank") TALENT_BANK
}
