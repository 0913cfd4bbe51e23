import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Writes a synthetic HR extract for two partners - a district council (iTrent-style columns, dates as
 * dd/MM/yyyy) and an NHS trust (ESR- and TRAC-style columns, dates as dd-MMM-yyyy and yyyy-MM-dd) - from
 * the rates stated below, so that what `onepool import` estimates can be checked against the truth.
 *
 * Staff live from 2005 (fifteen years to settle) to the extract date, 31 March 2025. Each person leaves at
 * a time drawn from a leaving hazard constant within tenure bands (the stated annual rates), or retires at
 * an age drawn from a normal distribution; a leaver's reason is drawn from the stated shares. A post left
 * vacant is filled at once by promoting someone from the grade below (with a stated probability), or
 * advertised: a campaign lasts a lognormal time, fails with a stated probability (and is re-advertised),
 * and is covered by agency staff with a stated probability. Output: staff in post on the extract date,
 * leavers and campaigns of the five years to it, and truth.csv with every stated rate.
 *
 * Run from the repository: java scenarios/sample-hr/GenerateSample.java [--seed N] [--out DIR]
 * (defaults: seed 1, the folder this file is in). Same seed, same files.
 */
public final class GenerateSample {
    static final LocalDate SIMULATION_START = LocalDate.of(2005, 4, 1);
    static final LocalDate PERIOD_START = LocalDate.of(2020, 4, 1);
    static final LocalDate EXTRACT = LocalDate.of(2025, 3, 31);
    static final double[] BAND_EDGES = {0, 1, 2, 5};
    static final double DAYS_PER_MONTH = 365.2425 / 12;
    static final String[] CATEGORIES = {"career", "pay", "relocation", "other", "dismissal"};

    /** A job family at a partner: posts and pay by grade, leaving rates by tenure band, titles. */
    record Family(String id, String[] gradeLabels, int[] posts, int[][] salaryRange, double[] annualRates,
                  double growthPerYear, String group, String[] titles) {
    }

    /** A partner and its stated rates. */
    record Partner(String id, String file, DateTimeFormatter staffDates, DateTimeFormatter vacancyDates,
                   List<Family> families, double[] reasonShares, String[][] reasonCodes, double retirementMean,
                   double retirementSd, double fillMedianMonths, double fillP90Months, double failure,
                   double agencyCover, double internalPromotion, double bankShare) {
    }

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter ESR = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.UK);
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    static final List<Partner> PARTNERS = List.of(
            new Partner("council", "council", UK, UK, List.of(
                    new Family("admin", new String[] {"Grade 4", "Grade 5", "Grade 6"}, new int[] {260, 110, 40},
                            new int[][] {{23500, 25000}, {26400, 28600}, {31500, 34300}}, new double[] {0.24, 0.18, 0.12, 0.07},
                            0, "Resources", new String[] {"Business Support Officer", "Customer Services Advisor",
                                "Revenues Officer", "Business Support Team Leader"}),
                    new Family("professional", new String[] {"Grade 7", "Grade 8", "Grade 9", "Grade 10"},
                            new int[] {120, 90, 50, 20}, new int[][] {{35400, 38600}, {39500, 42700}, {43700, 47800},
                                {49000, 54500}}, new double[] {0.20, 0.15, 0.10, 0.06}, 0, "Place",
                            new String[] {"Planning Officer", "Accountant", "ICT Analyst", "Environmental Health Officer"}),
                    new Family("operational", new String[] {"Grade 3", "Grade 4"}, new int[] {330, 80},
                            new int[][] {{22400, 23300}, {23500, 25000}}, new double[] {0.28, 0.20, 0.13, 0.08}, 0,
                            "Environment", new String[] {"Refuse Collector", "Street Cleansing Operative",
                                "Grounds Maintenance Operative", "HGV Driver"})),
                    new double[] {0.35, 0.25, 0.15, 0.20, 0.05},
                    new String[][] {{"Resignation - Career Progression"}, {"Resignation - Better Pay"},
                        {"Resignation - Relocation"}, {"Resignation - Personal Reasons", "Resignation - Other"},
                        {"Dismissal - Capability", "Dismissal - Conduct"}, {"Retirement - Age"}},
                    64, 2.5, 2.2, 4.5, 0.12, 0.40, 0.30, 0),
            new Partner("trust", "trust", ESR, ISO, List.of(
                    new Family("nursing", new String[] {"Band 5", "Band 6", "Band 7", "Band 8a"},
                            new int[] {520, 260, 110, 30}, new int[][] {{29970, 36483}, {37338, 44962}, {46148, 52809},
                                {53755, 60504}}, new double[] {0.18, 0.14, 0.10, 0.06}, 0.02,
                            "Nursing and Midwifery Registered", new String[] {"Staff Nurse", "Registered Nurse",
                                "Ward Sister", "Clinical Nurse Specialist"}),
                    new Family("hcsupport", new String[] {"Band 2", "Band 3"}, new int[] {380, 120},
                            new int[][] {{23615, 23615}, {24071, 25674}}, new double[] {0.30, 0.22, 0.15, 0.09}, 0,
                            "Additional Clinical Services", new String[] {"Healthcare Assistant",
                                "Healthcare Support Worker", "Senior Healthcare Assistant"}),
                    new Family("admin", new String[] {"Band 3", "Band 4", "Band 5"}, new int[] {300, 130, 50},
                            new int[][] {{24071, 25674}, {26530, 29114}, {29970, 36483}}, new double[] {0.22, 0.16, 0.11, 0.07},
                            0, "Administrative and Clerical", new String[] {"Ward Clerk", "Medical Secretary",
                                "Receptionist", "Admin Officer"})),
                    new double[] {0.30, 0.20, 0.20, 0.25, 0.05},
                    new String[][] {{"Voluntary Resignation - Promotion"}, {"Voluntary Resignation - Better Reward Package"},
                        {"Voluntary Resignation - Relocation"}, {"Voluntary Resignation - Work Life Balance",
                            "Voluntary Resignation - Other/Not Known"}, {"Dismissal - Conduct", "Dismissal - Capability"},
                        {"Retirement Age"}},
                    62, 3.0, 2.8, 5.5, 0.15, 0.65, 0.30, 0.05));

    final SplittableRandom random;
    final Path out;

    GenerateSample(long seed, Path out) {
        this.random = new SplittableRandom(seed);
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        long seed = 1;
        Path out = Path.of("scenarios", "sample-hr");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) seed = Long.parseLong(args[++i]);
            else if (args[i].equals("--out")) out = Path.of(args[++i]);
            else throw new IllegalArgumentException("usage: java GenerateSample.java [--seed N] [--out DIR]");
        }
        Files.createDirectories(out);
        GenerateSample generator = new GenerateSample(seed, out);
        for (Partner p : PARTNERS) generator.partner(p);
        generator.truth();
        System.out.println("Wrote the sample extract (seed " + seed + ") to " + out);
    }

    /** A member of staff while the generator runs. */
    static final class Person {
        Family family;
        int grade;
        LocalDate born;
        LocalDate joined;
        LocalDate inPost;
        LocalDate leaves;
        String reason;
        double fte;
        int salary;
        String title;
        boolean fixedTerm;
        int slot;
    }

    /** An event: a person leaving, a campaign ending, or the monthly establishment review. */
    record Event(LocalDate day, long order, Person person, Campaign campaign, boolean review) {
    }

    /** One row of the vacancy log. */
    static final class Campaign {
        Family family;
        int grade;
        LocalDate opened;
        LocalDate closed;
        String outcome;
        String route;
        boolean agency;
        String reference;
    }

    private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.day.equals(b.day)
            ? Long.compare(a.order, b.order) : a.day.compareTo(b.day));
    private long order;
    private Partner partner;
    private List<List<List<Person>>> inPost;
    private final List<Person> leavers = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private int[][] posts;
    private int references;

    void partner(Partner p) throws IOException {
        partner = p;
        events.clear();
        leavers.clear();
        campaigns.clear();
        references = 0;
        inPost = new ArrayList<>();
        posts = new int[p.families().size()][];
        for (int f = 0; f < p.families().size(); f++) {
            Family family = p.families().get(f);
            posts[f] = family.posts().clone();
            List<List<Person>> grades = new ArrayList<>();
            for (int g = 0; g < family.posts().length; g++) {
                List<Person> people = new ArrayList<>();
                for (int n = 0; n < family.posts()[g]; n++) people.add(initial(family, g));
                grades.add(people);
            }
            inPost.add(grades);
        }
        for (LocalDate d = SIMULATION_START.plusMonths(1); !d.isAfter(EXTRACT); d = d.plusMonths(1)) {
            events.add(new Event(d, order++, null, null, true));
        }
        while (!events.isEmpty() && !events.peek().day.isAfter(EXTRACT)) {
            Event e = events.poll();
            if (e.review) review(e.day);
            else if (e.person != null) leave(e.person, e.day);
            else endCampaign(e.campaign, e.day);
        }
        write(p);
    }

    /** Someone in post when the simulation starts: tenure up to 15 years, age 20 to 60. */
    private Person initial(Family family, int grade) {
        Person x = new Person();
        x.family = family;
        x.grade = grade;
        int age = 20 + random.nextInt(40);
        x.born = SIMULATION_START.minusDays(age * 365L + random.nextInt(365));
        x.joined = SIMULATION_START.minusDays(random.nextInt(Math.min(15, age - 18) * 365 + 1));
        x.inPost = x.joined.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(x.joined, SIMULATION_START) + 1));
        details(x);
        schedule(x, SIMULATION_START);
        return x;
    }

    /** A starter: age from 18, mostly young; older for higher grades. */
    private Person starter(Family family, int grade, LocalDate day) {
        Person x = new Person();
        x.family = family;
        x.grade = grade;
        double age = random.nextDouble() < 0.7 ? 19 + random.nextDouble() * 21 : 40 + random.nextDouble() * 20;
        age = Math.min(62, age + 3 * grade);
        x.born = day.minusDays((long) (age * 365.2425));
        x.joined = day;
        x.inPost = day;
        details(x);
        schedule(x, day);
        return x;
    }

    private void details(Person x) {
        x.fte = random.nextDouble() < 0.75 ? 1.0 : 0.4 + 0.1 * random.nextInt(6);
        int[] range = x.family.salaryRange()[x.grade];
        x.salary = range[0] + (range[1] > range[0] ? random.nextInt(range[1] - range[0] + 1) : 0);
        x.title = x.family.titles()[Math.min(x.family.titles().length - 1, random.nextInt(x.family.titles().length))];
        x.fixedTerm = random.nextDouble() < 0.08;
    }

    /**
     * When the person leaves: the voluntary leaving time from the piecewise-constant hazard (an exponential
     * draw spent band by band from the tenure they have now), or retirement if that comes first.
     */
    private void schedule(Person x, LocalDate now) {
        double tenure = years(x.joined, now);
        double budget = -Math.log(1 - random.nextDouble());
        double t = tenure;
        while (true) {
            int b = band(t);
            double hazard = -Math.log(1 - x.family.annualRates()[b]);
            double end = b + 1 < BAND_EDGES.length ? BAND_EDGES[b + 1] : Double.POSITIVE_INFINITY;
            double need = budget / hazard;
            if (t + need < end) {
                t += need;
                break;
            }
            budget -= (end - t) * hazard;
            t = end;
        }
        LocalDate voluntary = x.joined.plusDays((long) Math.ceil(t * 365.2425));
        if (!voluntary.isAfter(now)) voluntary = now.plusDays(1);
        double retirementAge = partner.retirementMean() + partner.retirementSd() * gaussian();
        LocalDate retires = x.born.plusDays((long) (retirementAge * 365.2425));
        if (!retires.isAfter(now)) retires = now.plusDays(1 + random.nextInt(365));
        if (retires.isBefore(voluntary)) {
            x.leaves = retires;
            x.reason = pick(partner.reasonCodes()[5]);
        } else {
            x.leaves = voluntary;
            x.reason = pick(partner.reasonCodes()[category(partner.reasonShares())]);
        }
        events.add(new Event(x.leaves, order++, x, null, false));
    }

    private int category(double[] shares) {
        double u = random.nextDouble();
        for (int c = 0; c < shares.length - 1; c++) {
            u -= shares[c];
            if (u < 0) return c;
        }
        return shares.length - 1;
    }

    private String pick(String[] codes) {
        return codes[random.nextInt(codes.length)];
    }

    private double gaussian() {
        // Box-Muller from the generator's own stream, so the seed decides every draw.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static int band(double years) {
        int b = 0;
        for (int k = 0; k < BAND_EDGES.length; k++) if (years >= BAND_EDGES[k]) b = k;
        return b;
    }

    static double years(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 365.2425;
    }

    private void leave(Person x, LocalDate day) {
        int f = partner.families().indexOf(x.family);
        inPost.get(f).get(x.grade).remove(x);
        leavers.add(x);
        vacancy(f, x.grade, day);
    }

    /** A post at (family, grade) is vacant from {@code day}: an internal promotion, or a campaign. */
    private void vacancy(int f, int grade, LocalDate day) {
        Family family = partner.families().get(f);
        List<Person> below = grade > 0 ? inPost.get(f).get(grade - 1) : List.of();
        if (!below.isEmpty() && random.nextDouble() < partner.internalPromotion()) {
            Person promoted = below.remove(random.nextInt(below.size()));
            promoted.grade = grade;
            promoted.inPost = day;
            int[] range = family.salaryRange()[grade];
            promoted.salary = range[0] + (range[1] > range[0] ? random.nextInt(range[1] - range[0] + 1) : 0);
            inPost.get(f).get(grade).add(promoted);
            Campaign c = campaign(family, grade, day, "Internal");
            c.closed = day;
            c.outcome = "filled";
            vacancy(f, grade - 1, day);
            return;
        }
        launch(family, grade, day);
    }

    private Campaign campaign(Family family, int grade, LocalDate day, String route) {
        Campaign c = new Campaign();
        c.family = family;
        c.grade = grade;
        c.opened = day;
        c.route = route;
        c.reference = (partner.id().equals("council") ? "WDC-" : "WHT-") + day.getYear() + "-" + String.format("%04d", ++references % 10000);
        campaigns.add(c);
        return c;
    }

    private void launch(Family family, int grade, LocalDate day) {
        Campaign c = campaign(family, grade, day, "External");
        double mu = Math.log(partner.fillMedianMonths());
        double sigma = (Math.log(partner.fillP90Months()) - mu) / 1.2815515655446004;
        double months = Math.exp(mu + sigma * gaussian());
        c.closed = day.plusDays(Math.max(1, Math.round(months * DAYS_PER_MONTH)));
        c.outcome = random.nextDouble() < partner.failure() ? "failed" : "filled";
        c.agency = random.nextDouble() < partner.agencyCover();
        events.add(new Event(c.closed, order++, null, c, false));
    }

    private void endCampaign(Campaign c, LocalDate day) {
        int f = partner.families().indexOf(c.family);
        if (c.outcome.equals("failed")) {
            launch(c.family, c.grade, day.plusDays(1));
            return;
        }
        inPost.get(f).get(c.grade).add(starter(c.family, c.grade, day));
    }

    /** Monthly: establishment grows by the stated yearly change; each new post is a vacancy. */
    private void review(LocalDate day) {
        double years = years(SIMULATION_START, day);
        for (int f = 0; f < partner.families().size(); f++) {
            Family family = partner.families().get(f);
            if (family.growthPerYear() == 0) continue;
            for (int g = 0; g < posts[f].length; g++) {
                int target = (int) Math.round(family.posts()[g] * Math.pow(1 + family.growthPerYear(), years));
                while (posts[f][g] < target) {
                    posts[f][g]++;
                    vacancy(f, g, day);
                }
            }
        }
    }

    private void write(Partner p) throws IOException {
        boolean council = p.id().equals("council");
        DateTimeFormatter d = p.staffDates();
        try (PrintWriter w = writer(p.file() + "-staff.csv")) {
            if (council) {
                w.println("Department,Job Title,Grade,Spinal Column Point,FTE Salary,FTE,Contract Type,"
                        + "Continuous Service Date,Date Started in Post,Date of Birth");
            } else {
                w.println("Staff Group,Position Title,Pay Band,Annual Salary (FTE),Assignment FTE,Assignment Category,"
                        + "Date First Hired,Assignment Start Date,Age Band");
            }
            List<Person> staff = new ArrayList<>();
            for (var family : inPost) for (var grade : family) staff.addAll(grade);
            int bank = (int) Math.round(staff.size() * p.bankShare());
            for (int b = 0; b < bank; b++) {
                Family family = p.families().get(random.nextInt(p.families().size()));
                Person x = starter(family, 0, EXTRACT.minusDays(random.nextInt(2000)));
                events.clear();
                x.title = "Bank " + x.title;
                staff.add(x);
            }
            shuffle(staff);
            for (Person x : staff) {
                boolean isBank = x.title.startsWith("Bank ");
                String grade = x.family.gradeLabels()[x.grade];
                if (council) {
                    w.println(String.join(",", x.family.group(), x.title, grade, Integer.toString(12 + random.nextInt(30)),
                            Integer.toString(x.salary), fte(x.fte), x.fixedTerm ? "Fixed Term" : "Permanent",
                            x.joined.format(d), x.inPost.format(d), x.born.format(d)));
                } else {
                    String category = isBank ? "Bank" : x.fixedTerm ? "Fixed Term Temp" : "Permanent";
                    w.println(String.join(",", x.family.group(), isBank ? x.title.substring(5) : x.title, grade,
                            Integer.toString(x.salary), fte(x.fte), category, x.joined.format(d), x.inPost.format(d),
                            esrAgeBand(x.born)));
                }
            }
        }
        try (PrintWriter w = writer(p.file() + "-leavers.csv")) {
            w.println(council ? "Department,Job Title,Grade,Continuous Service Date,Leaving Date,Leaving Reason,Date of Birth"
                    : "Staff Group,Position Title,Pay Band,Date First Hired,Termination Date,Reason For Leaving,Date of Birth");
            for (Person x : leavers) {
                if (x.leaves.isBefore(PERIOD_START)) continue;
                w.println(String.join(",", x.family.group(), x.title, x.family.gradeLabels()[x.grade],
                        x.joined.format(d), x.leaves.format(d), x.reason, x.born.format(d)));
            }
        }
        DateTimeFormatter v = p.vacancyDates();
        try (PrintWriter w = writer(p.file() + "-vacancies.csv")) {
            w.println(council ? "Vacancy Reference,Job Title,Grade,Date Opened,Date Closed,Outcome,Recruitment Route,Agency Cover"
                    : "Job Reference,Job Title,Pay Band,Date Approved,Date Closed,Outcome,Route,Agency Cover");
            for (Campaign c : campaigns) {
                boolean open = c.closed.isAfter(EXTRACT);
                if (c.opened.isAfter(EXTRACT) || (!open && c.closed.isBefore(PERIOD_START))) continue;
                String outcome = open ? (council ? "Open" : "Live")
                        : c.outcome.equals("failed") ? (council ? "No Suitable Candidate" : "Not Appointed")
                        : (council ? "Appointed" : "Offer Accepted");
                String route = c.route.equals("Internal") ? (council ? "Internal Only" : "Internal Appointment")
                        : (council ? "External Advert" : "NHS Jobs");
                w.println(String.join(",", c.reference, c.family.titles()[Math.min(c.grade, c.family.titles().length - 1)],
                        c.family.gradeLabels()[c.grade],
                        c.opened.format(v), open ? "" : c.closed.format(v), outcome, route,
                        c.route.equals("Internal") ? "" : c.agency ? "Y" : "N"));
            }
        }
    }

    private void shuffle(List<Person> staff) {
        for (int i = staff.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Person t = staff.get(i);
            staff.set(i, staff.get(j));
            staff.set(j, t);
        }
    }

    private static String fte(double fte) {
        return String.format(Locale.UK, "%.2f", fte);
    }

    /** ESR's age bands: "<=20 Years", "21-25", ..., "66-70", ">=71 Years" on the extract date. */
    private static String esrAgeBand(LocalDate born) {
        int age = (int) ChronoUnit.YEARS.between(born, EXTRACT);
        if (age <= 20) return "<=20 Years";
        if (age >= 71) return ">=71 Years";
        int from = (age - 21) / 5 * 5 + 21;
        return from + "-" + (from + 4);
    }

    private PrintWriter writer(String name) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8));
    }

    /** Every stated rate, for checking what the import recovers. */
    void truth() throws IOException {
        try (PrintWriter w = writer("truth.csv")) {
            w.println("partner,jobFamily,quantity,fromYears,value");
            for (Partner p : PARTNERS) {
                for (Family f : p.families()) {
                    for (int b = 0; b < BAND_EDGES.length; b++) {
                        w.println(p.id() + "," + f.id() + ",annualLeavingRate," + BAND_EDGES[b] + "," + f.annualRates()[b]);
                    }
                    w.println(p.id() + "," + f.id() + ",establishmentChangePerYear,," + f.growthPerYear());
                }
                double[] s = p.reasonShares();
                for (int c = 0; c < CATEGORIES.length; c++) w.println(p.id() + ",,reasonShare." + CATEGORIES[c] + ",," + s[c]);
                w.println(p.id() + ",,retirementAgeMeanYears,," + p.retirementMean());
                w.println(p.id() + ",,retirementAgeSdYears,," + p.retirementSd());
                w.println(p.id() + ",,timeToFillMedianMonths,," + p.fillMedianMonths());
                w.println(p.id() + ",,timeToFillP90Months,," + p.fillP90Months());
                w.println(p.id() + ",,campaignFailureProbability,," + p.failure());
                w.println(p.id() + ",,agencyCoverShare,," + p.agencyCover());
                w.println(p.id() + ",,internalPromotionProbability,," + p.internalPromotion());
            }
        }
    }
}
