package dev.sleet.samples;

import static dev.sleet.samples.model.Screens.SCREENS;
import static dev.sleet.samples.model.Users.USERS;

import dev.sleet.d1.Database;
import dev.sleet.result.Results;
import dev.sleet.samples.model.Screen;
import java.util.List;

/**
 * The screens of each app's flow: read page by page in flow order, and uploaded together with the uploader's
 * counter.
 *
 * <pre>{@code
 * ScreenFlows flows = new ScreenFlows(db, 5);
 * List<Screen> second = flows.page(appId, 2);             // flow indexes 5 to 9
 * int uploaded = flows.upload(new Screen(null, appId, "ada", 12, "Offline maps", "img/maps/12.png", null));
 * }</pre>
 */
public final class ScreenFlows {

    private final Database db;
    private final int pageSize;

    /**
     * Screen flows stored in this database.
     *
     * @param pageSize how many screens a page holds
     */
    public ScreenFlows(Database db, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one screen, not " + pageSize);
        }
        this.db = db;
        this.pageSize = pageSize;
    }

    /**
     * One page of an app's screens in flow order ({@code all()}, read through the {@code (app_id, flow_index)}
     * index).
     *
     * @param page the page, from 1
     * @return the page's screens; empty past the last page
     */
    public List<Screen> page(long appId, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        return db.selectFrom(SCREENS)
                .where(SCREENS.APP_ID.eq(appId))
                .orderBy(SCREENS.FLOW_INDEX.asc(), SCREENS.ID.asc())
                .limit(pageSize)
                .offset((long) (page - 1) * pageSize)
                .all();
    }

    /**
     * Adds one to the uploader's {@code screens_uploaded} and stores the screen, in one atomic batch: when the insert
     * fails (the app is gone, say), the counter it follows is rolled back with it.
     *
     * @return the uploader's {@code screens_uploaded} after the upload
     * @throws dev.sleet.errors.ConstraintViolationException when the screen's app or user does not exist
     */
    public int upload(Screen screen) {
        List<Results<?>> results = db.batch(
                db.update(USERS)
                        .set(USERS.SCREENS_UPLOADED, USERS.SCREENS_UPLOADED.plus(1))
                        .where(USERS.ID.eq(screen.userId()))
                        .returning(USERS.SCREENS_UPLOADED),
                db.insertInto(SCREENS).values(screen));
        // A batch returns one result per query: the first is the UPDATE's RETURNING row.
        return (Integer) results.get(0).get(0);
    }
}
