package org.onepool.model.data;

import java.util.List;

/** One partner's records, mapped: the staff list, the leavers list and the vacancy log (either may be empty). */
public record PartnerRecords(String partner, List<StaffRow> staff, List<LeaverRow> leavers, List<CampaignRow> campaigns) {
    public PartnerRecords {
        staff = List.copyOf(staff);
        leavers = List.copyOf(leavers);
        campaigns = List.copyOf(campaigns);
    }

    public List<StaffRow> staffIn(String family) {
        return staff.stream().filter(s -> s.jobFamily().equals(family)).toList();
    }

    public List<LeaverRow> leaversIn(String family) {
        return leavers.stream().filter(l -> l.jobFamily().equals(family)).toList();
    }

    public List<CampaignRow> campaignsIn(String family) {
        return campaigns.stream().filter(c -> c.jobFamily().equals(family)).toList();
    }

    /** Job families with staff in post or posts open on the list's date, in first-seen order. */
    public List<String> familiesInPost(java.time.LocalDate listDate) {
        java.util.LinkedHashSet<String> families = new java.util.LinkedHashSet<>();
        for (StaffRow s : staff) families.add(s.jobFamily());
        for (CampaignRow c : campaigns) if (c.outcome() == CampaignRow.Outcome.OPEN || c.openOn(listDate)) families.add(c.jobFamily());
        return List.copyOf(families);
    }
}
