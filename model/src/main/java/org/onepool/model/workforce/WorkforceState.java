package org.onepool.model.workforce;

/**
 * The mutable state of one run: staff, vacancies, the talent bank and per-cell counters. Copied at the
 * end of the warm-up so the baseline and every option start from the same month 0.
 */
final class WorkforceState {
    final StaffTable staff;
    final VacancyTable vacancies;
    /** Per cell: staff in post, open vacancies, staff whose posts are at risk. */
    final int[] inPost;
    final int[] openVacancies;
    final int[] atRisk;
    /** Per job family x grade: expiry months of runners-up waiting in the talent bank. */
    final int[][] talentBank;
    final int[] talentBankSize;
    /** Per partner x family: fractions of a graduate entrant or a runner-up carried to the next month. */
    final double[] entrantCarry;
    final double[] runnerUpCarry;
    int nextId;

    WorkforceState(Layout layout, int staffCapacity) {
        staff = new StaffTable(staffCapacity);
        vacancies = new VacancyTable(staffCapacity / 8);
        inPost = new int[layout.cells()];
        openVacancies = new int[layout.cells()];
        atRisk = new int[layout.cells()];
        talentBank = new int[layout.families() * layout.grades()][16];
        talentBankSize = new int[layout.families() * layout.grades()];
        entrantCarry = new double[layout.pfs()];
        runnerUpCarry = new double[layout.pfs()];
    }

    private WorkforceState(WorkforceState o) {
        staff = o.staff.copy();
        vacancies = o.vacancies.copy();
        inPost = o.inPost.clone();
        openVacancies = o.openVacancies.clone();
        atRisk = o.atRisk.clone();
        talentBank = new int[o.talentBank.length][];
        for (int f = 0; f < talentBank.length; f++) talentBank[f] = o.talentBank[f].clone();
        talentBankSize = o.talentBankSize.clone();
        entrantCarry = o.entrantCarry.clone();
        runnerUpCarry = o.runnerUpCarry.clone();
        nextId = o.nextId;
    }

    WorkforceState copy() {
        return new WorkforceState(this);
    }

    /** Adds a runner-up for posts of one job family and grade (key = family x grades + grade). */
    void addToBank(int family, int expiryMonth) {
        if (talentBankSize[family] == talentBank[family].length) {
            talentBank[family] = java.util.Arrays.copyOf(talentBank[family], talentBank[family].length * 2);
        }
        talentBank[family][talentBankSize[family]++] = expiryMonth;
    }

    /** Takes the runner-up closest to expiry that is still available in {@code month}; false if none. */
    boolean takeFromBank(int family, int month) {
        int[] bank = talentBank[family];
        int best = -1;
        int n = talentBankSize[family];
        for (int i = 0; i < n; i++) {
            if (bank[i] < month) {
                bank[i] = bank[--n];
                i--;
                continue;
            }
            if (best < 0 || bank[i] < bank[best]) best = i;
        }
        talentBankSize[family] = n;
        if (best < 0) return false;
        bank[best] = bank[--talentBankSize[family]];
        return true;
    }
}
