package dev.sleet.samples;

import java.util.List;

/** What {@link SaasApp} prints after its {@code Database:} line, on any database, for the first and second run. */
final class ExpectedDay {

    static final List<String> FIRST_RUN = List.of(
            "Migrations applied: 0001_initial_schema.sql, 0002_add_subscriptions.sql, 0003_add_admin_flags.sql, "
                    + "0004_add_google_sign_in.sql",
            "Seeded 2 users, 2 apps and 15 screens in one atomic batch",
            "Sign-in by device (first): pixel-8-ada is ada (Ada Lovelace), free tier, 12 screens uploaded, 1000 credits",
            "Maps flow, page 2 at 5 a page (all): 5 Directions, 6 Route options, 7 Navigation, 8 Arrival, 9 Save place",
            "Upload (batch): \"Offline maps\" stored in Maps and ada's screens_uploaded 12 -> 13, atomically",
            "Upload to a missing app (batch): refused (FOREIGN_KEY) and rolled back whole; ada's screens_uploaded still 13",
            "Rate limit upload:ada, 3 a minute (upsert): #1 allowed, #2 allowed, #3 allowed, #4 refused",
            "Purged 1 rate bucket of earlier windows");

    /** The second run in the same minute: nothing to migrate or seed, and the counters go on. */
    static final List<String> SECOND_RUN = List.of(
            "Migrations: all 4 already applied",
            "Seed skipped: the database already has 2 users",
            "Sign-in by device (first): pixel-8-ada is ada (Ada Lovelace), free tier, 13 screens uploaded, 1000 credits",
            "Maps flow, page 2 at 5 a page (all): 5 Directions, 6 Route options, 7 Navigation, 8 Arrival, 9 Save place",
            "Upload (batch): \"Offline maps\" stored in Maps and ada's screens_uploaded 13 -> 14, atomically",
            "Upload to a missing app (batch): refused (FOREIGN_KEY) and rolled back whole; ada's screens_uploaded still 14",
            "Rate limit upload:ada, 3 a minute (upsert): #5 refused, #6 refused, #7 refused, #8 refused",
            "Purged 0 rate buckets of earlier windows");

    private ExpectedDay() {}
}
