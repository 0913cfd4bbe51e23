package org.onepool.model.data;

import java.util.List;

/** What one partner's records say: each job family, its recruitment, and its retirement age (null if unknown). */
public record PartnerEstimate(String partner, List<FamilyEstimate> families, RecruitmentEstimates recruitment,
                             LeavingEstimates.Retirement retirement, int leavers, int campaigns) {
    public PartnerEstimate {
        families = List.copyOf(families);
    }
}
