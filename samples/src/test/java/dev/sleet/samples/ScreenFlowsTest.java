package dev.sleet.samples;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.samples.model.Apps.APPS;
import static dev.sleet.samples.model.Screens.SCREENS;
import static dev.sleet.samples.model.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.d1.Database;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.samples.model.App;
import dev.sleet.samples.model.Screen;
import dev.sleet.samples.model.User;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreenFlowsTest {

    private static final long MAPS = 1;

    private final Database db = MigratedDatabase.open();
    private final ScreenFlows flows = new ScreenFlows(db, 10);

    @BeforeEach
    void usersAndAnApp() {
        db.batch(
                db.insertInto(USERS).values(List.of(User.signUp("ada", "pixel"), User.signUp("grace", "iphone"))),
                db.insertInto(APPS).values(new App(MAPS, "ada", "Maps", null)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pagesComeInFlowOrderWhateverTheUploadOrder() {
        List<Screen> reversed = IntStream.range(0, 25)
                .map(i -> 24 - i)
                .mapToObj(i -> new Screen(null, MAPS, "ada", i, "screen " + i, "img/" + i, null))
                .toList();
        db.insertInto(SCREENS).values(reversed).run();

        assertThat(flowIndexes(1)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(flowIndexes(2)).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(flowIndexes(3)).containsExactly(20, 21, 22, 23, 24);
        assertThat(flowIndexes(4)).isEmpty();
    }

    @Test
    void pagesHoldOnlyTheAppsScreens() {
        db.insertInto(APPS).values(new App(2L, "grace", "Notes", null)).run();
        db.insertInto(SCREENS)
                .values(List.of(
                        new Screen(null, 2L, "grace", 0, "other app", "img/n0", null),
                        new Screen(null, MAPS, "ada", 0, "maps", "img/m0", null)))
                .run();

        assertThat(flows.page(MAPS, 1)).extracting(Screen::title).containsExactly("maps");
    }

    @Test
    void anUploadStoresTheScreenAndCountsItForItsUploaderOnly() {
        assertThat(flows.upload(screen(MAPS, 0))).isEqualTo(1);
        assertThat(flows.upload(screen(MAPS, 1))).isEqualTo(2);

        assertThat(flowIndexes(1)).containsExactly(0, 1);
        assertThat(screensUploaded("ada")).isEqualTo(2);
        assertThat(screensUploaded("grace")).isZero();
    }

    @Test
    void aFailedUploadLeavesNeitherTheScreenNorTheCount() {
        flows.upload(screen(MAPS, 0));

        assertThatThrownBy(() -> flows.upload(screen(404, 1)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.FOREIGN_KEY));

        assertThat(screensUploaded("ada")).isEqualTo(1);
        assertThat(db.select(count()).from(SCREENS).first()).contains(1L);
    }

    @Test
    void pageNumbersAndSizesStartAtOne() {
        assertThatThrownBy(() -> flows.page(MAPS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScreenFlows(db, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Integer> flowIndexes(int page) {
        return flows.page(MAPS, page).stream().map(Screen::flowIndex).toList();
    }

    private int screensUploaded(String userId) {
        return db.select(USERS.SCREENS_UPLOADED)
                .from(USERS)
                .where(USERS.ID.eq(userId))
                .first()
                .orElseThrow();
    }

    private static Screen screen(long appId, int flowIndex) {
        return new Screen(null, appId, "ada", flowIndex, null, "img/" + flowIndex, null);
    }
}
