package org.onepool.model.optimise.budget;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** The planning entity: one tranche of the budget and the slot (if any) it is spent in. */
@PlanningEntity
public class Tranche {
    @PlanningId
    private Integer id;
    private long amountGbp;
    @PlanningVariable(nullable = true)
    private BudgetSlot slot;

    public Tranche() {
    }

    public Tranche(int id, long amountGbp, BudgetSlot slot) {
        this.id = id;
        this.amountGbp = amountGbp;
        this.slot = slot;
    }

    public Integer getId() {
        return id;
    }

    public long getAmountGbp() {
        return amountGbp;
    }

    public BudgetSlot getSlot() {
        return slot;
    }

    public void setSlot(BudgetSlot slot) {
        this.slot = slot;
    }

    /** Lever of the slot, or -1 when the tranche is not spent. */
    public int lever() {
        return slot == null ? -1 : slot.lever();
    }

    /** Year of the slot, or -1 when the tranche is not spent. */
    public int year() {
        return slot == null ? -1 : slot.year();
    }

    @Override
    public String toString() {
        return id + "->" + slot;
    }
}
