package org.onepool.model.projection;

import java.io.Serializable;

/**
 * One row of a projection: a partner x job family, a partner's total over its families, a family's total
 * over partners, or the overall total. {@link #ALL} stands for "every partner" or "every family".
 *
 * @param partner index of the partner in the scenario, or -1 for every partner
 * @param family  index of the job family in the scenario, or -1 for every family
 */
public record ProjectionRow(int partner, String partnerId, String partnerName, int family, String familyId,
                            String familyName) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String ALL = "all";

    public boolean allFamilies() {
        return family < 0;
    }

    public boolean allPartners() {
        return partner < 0;
    }
}
