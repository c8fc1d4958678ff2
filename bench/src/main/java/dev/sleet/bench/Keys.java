package dev.sleet.bench;

/**
 * The keys the workloads use, in the same order for every engine: they step through every post and author with a
 * prime stride, so no engine reads the same row twice in a row.
 */
public final class Keys {

    private long n;

    /** The next post id, 1 to {@link BenchDb#POSTS}. */
    public long nextPost() {
        return (n++ * 7_919L) % BenchDb.POSTS + 1;
    }

    /** The next author id, 1 to {@link BenchDb#AUTHORS}. */
    public long nextAuthor() {
        return (n++ * 7L) % BenchDb.AUTHORS + 1;
    }

    /** A score to write: changes every call. */
    public int nextScore() {
        return (int) (n++ % 1_000);
    }
}
