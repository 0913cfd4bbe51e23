package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Green Book optimism bias. Costs are raised by costUplift x (1 - mitigation); benefits are cut by
 * benefitsShortfall.
 */
public record OptimismBias(
        @JsonPropertyDescription("Upper-bound uplift on costs, e.g. 0.41 (Mott MacDonald, outsourcing).")
        Uncertain costUplift,
        @JsonPropertyDescription("Share of the uplift mitigated by evidence, 0 to 1.") Uncertain mitigation,
        @JsonPropertyDescription("Share of the modelled benefits assumed not to materialise, 0 to 1.")
        Uncertain benefitsShortfall) {

    public static final OptimismBias NONE = new OptimismBias(null, null, null);

    public OptimismBias {
        costUplift = costUplift == null ? Uncertain.of(0) : costUplift;
        mitigation = mitigation == null ? Uncertain.of(0) : mitigation;
        benefitsShortfall = benefitsShortfall == null ? Uncertain.of(0) : benefitsShortfall;
    }
}
