package org.onepool.model.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a vacancy log: a post advertised (or filled without an advert), mapped to onepool's codes.
 *
 * @param grade       onepool grade, 1 = lowest; 0 when the log does not give one
 * @param closed      date filled, failed or withdrawn; null while still open
 * @param agencyCover whether agency staff covered the post while vacant; null when not recorded
 */
public record CampaignRow(String partner, String jobFamily, int grade, LocalDate opened, LocalDate closed,
                          Outcome outcome, Route route, Boolean agencyCover) {
    /** How a campaign ended. */
    public enum Outcome { FILLED, FAILED, WITHDRAWN, OPEN }

    /** How the post was filled or sought: an external campaign, or an internal appointment. */
    public enum Route { EXTERNAL, INTERNAL }

    public CampaignRow {
        Objects.requireNonNull(partner);
        Objects.requireNonNull(jobFamily);
        Objects.requireNonNull(opened);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(route);
    }

    /** Whether the post stood open at the end of {@code day}. */
    public boolean openOn(LocalDate day) {
        return !opened.isAfter(day) && (closed == null || closed.isAfter(day));
    }
}
