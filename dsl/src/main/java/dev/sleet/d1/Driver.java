package dev.sleet.d1;

import dev.sleet.result.ExecResult;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import java.util.List;

/**
 * The engine under a {@link Database}: the embedded SQLite driver, or the remote D1 driver. Users do not call it;
 * {@code Sleet.sqlite(...)} and {@code Sleet.d1(...)} choose one.
 *
 * <p>Every failure is a {@link dev.sleet.errors.D1Exception} in D1's words. Implementations are thread-safe.
 */
public interface Driver extends AutoCloseable {

    /** Runs one statement on its own and reads every row it returns. */
    <R> Results<R> execute(Statement statement, RowReader<R> reader);

    /**
     * Runs statements as one atomic unit: all of them take effect, or, when one fails, none does and the failure is
     * thrown.
     *
     * @return one result per step, in order
     */
    List<Results<?>> batch(List<Step<?>> steps);

    /**
     * Runs a script of statements without bound values, atomically.
     *
     * @return how many statements ran
     */
    ExecResult exec(String sql);

    /** What queries must render for this engine: D1's 100-parameter limit, and exact integers over JSON. */
    RenderOptions renderOptions();

    /** Releases the engine's resources; the database cannot be used afterwards. */
    @Override
    void close();
}
