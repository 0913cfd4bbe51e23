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
    /** Per cell: vacancies ever opened (each vacancy's number in its cell keys its random draws). */
    final int[] vacanciesOpened;
    /** Per job family x grade: interview months of runners-up waiting in the talent bank, oldest first. */
    final int[][] talentBank;
    final int[] talentBankSize;
    /** Per key: index of the first runner-up still in the bank. */
    final int[] bankHead;
    /** Per partner x family: fractions of a runner-up carried to the next month. */
    final double[] runnerUpCarry;
    /** The ids of the synthetic population are below this; starters' ids are numbered per cell from it. */
    int nextId;
    /** Per cell: starters so far. */
    final int[] hiresAt;

    WorkforceState(Layout layout, int staffCapacity) {
        staff = new StaffTable(staffCapacity);
        vacancies = new VacancyTable(staffCapacity / 8);
        inPost = new int[layout.cells()];
        openVacancies = new int[layout.cells()];
        atRisk = new int[layout.cells()];
        vacanciesOpened = new int[layout.cells()];
        talentBank = new int[layout.familyGrades()][16];
        talentBankSize = new int[layout.familyGrades()];
        bankHead = new int[talentBankSize.length];
        runnerUpCarry = new double[layout.pfs()];
        hiresAt = new int[layout.cells()];
    }

    private WorkforceState(WorkforceState o) {
        staff = o.staff.copy();
        vacancies = o.vacancies.copy();
        inPost = o.inPost.clone();
        openVacancies = o.openVacancies.clone();
        atRisk = o.atRisk.clone();
        vacanciesOpened = o.vacanciesOpened.clone();
        talentBank = new int[o.talentBank.length][];
        for (int f = 0; f < talentBank.length; f++) talentBank[f] = o.talentBank[f].clone();
        talentBankSize = o.talentBankSize.clone();
        bankHead = o.bankHead.clone();
        runnerUpCarry = o.runnerUpCarry.clone();
        nextId = o.nextId;
        hiresAt = o.hiresAt.clone();
    }

    WorkforceState copy() {
        return new WorkforceState(this);
    }

    /** Adds a runner-up interviewed in a month for posts of one job family and grade (key = family x grades + grade). */
    void addToBank(int family, int interviewMonth) {
        if (talentBankSize[family] == talentBank[family].length) {
            talentBank[family] = java.util.Arrays.copyOf(talentBank[family], talentBank[family].length * 2);
        }
        talentBank[family][talentBankSize[family]++] = interviewMonth;
    }

    /** What {@link #takeFromBank} returns when nobody is left. */
    static final int NOBODY = Integer.MIN_VALUE;

    /**
     * Takes the runner-up who has waited longest and was interviewed at most {@code bankMonths} before
     * {@code month}; their interview month, or {@link #NOBODY}. Runners-up join in time order, so each
     * key's list is a queue: expired ones leave from the front.
     */
    int takeFromBank(int key, int month, int bankMonths) {
        int[] bank = talentBank[key];
        int head = bankHead[key];
        int n = talentBankSize[key];
        while (head < n && bank[head] + bankMonths < month) head++;
        if (head == n) {
            bankHead[key] = 0;
            talentBankSize[key] = 0;
            return NOBODY;
        }
        int interviewed = bank[head];
        head++;
        if (head == n) {
            head = 0;
            n = 0;
        } else if (head > 64 && head > n / 2) {
            System.arraycopy(bank, head, bank, 0, n - head);
            n -= head;
            head = 0;
        }
        bankHead[key] = head;
        talentBankSize[key] = n;
        return interviewed;
    }
}
