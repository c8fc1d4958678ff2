package dev.sleet.bench;

/**
 * The values workload 5 binds: a three-table join of authors, their published posts and those posts' comments,
 * filtered, grouped by author and ordered by total score.
 *
 * @param country     the authors' country
 * @param minLikes    the least likes a counted comment has
 * @param minComments the least comments an author's group has
 * @param limit       how many groups
 */
public record JoinFilter(String country, int minLikes, long minComments, long limit) {

    /** The values every engine renders, and {@link Verify} runs. */
    public static final JoinFilter STANDARD = new JoinFilter("DE", 10, 5, 20);
}
