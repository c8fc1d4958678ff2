package dev.sleet.bench.report;

/** The five timed workloads, by benchmark method, and the scale measurements' method names. */
enum Workload {
    W1("w1PkLookup", "1. primary-key lookup, one row mapped to a record"),
    W2("w2Select50", "2. filtered select of 50 rows mapped to records"),
    W3("w3Insert10k", "3. insert of 10,000 rows as one atomic unit"),
    W4("w4UpdateByPk", "4. update by primary key"),
    W5("w5RenderJoin", "5. rendering only of a three-table join with filters, grouping and ordering");

    /** The processor's benchmark method, and its two parameter values. */
    static final String COMPILE = "compile";

    static final String JAVAC_ALONE = "javac";
    static final String WITH_SLEET = "javac+sleet";
    /** d1:generate's benchmark method. */
    static final String GENERATE = "generate";

    private final String method;
    private final String title;

    Workload(String method, String title) {
        this.method = method;
        this.title = title;
    }

    String method() {
        return method;
    }

    String title() {
        return title;
    }
}
