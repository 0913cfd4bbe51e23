package org.onepool.model.workforce;

/**
 * Voluntary leavers by tenure band and reason, and the staff exposed to each band's hazard, per partner x
 * family over the reported months: what a check of the calibration needs. Counted only when asked for,
 * so the leaving pass pays nothing for it otherwise.
 */
final class BandRecord {
    /** Per pf: person-months exposed per band; leavers at [band * 4 + reason]. */
    final long[][] exposure;
    final long[][] leavers;

    BandRecord(Parameters params) {
        int pfs = params.layout.pfs();
        exposure = new long[pfs][];
        leavers = new long[pfs][];
        for (int pf = 0; pf < pfs; pf++) {
            if (!params.posts.present()[pf]) continue;
            int bands = params.leaving.bandMonthlyProbability()[pf].length;
            exposure[pf] = new long[bands];
            leavers[pf] = new long[bands * Hazards.REASONS];
        }
    }

    /** Counts everyone who takes the leaving draw in month {@code now}: all but those reaching retirement. */
    void expose(WorkforceModel m, int now) {
        StaffTable staff = m.state.staff;
        for (int i = 0; i < staff.size; i++) {
            if (now >= staff.retireMonth()[i]) continue;
            int pf = m.params.pfOfCell[staff.cell()[i]];
            exposure[pf][m.params.leaving.band(pf, now - staff.joinedMonth()[i])]++;
        }
    }

    void left(int pf, int band, int reason) {
        leavers[pf][band * Hazards.REASONS + reason]++;
    }
}
