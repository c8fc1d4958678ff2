/**
 * The schema the guide's snippets query: users, apps, screens and rate buckets. The annotation processor generates
 * {@code Users}, {@code Apps}, {@code Screens} and {@code RateBuckets} from these records when the tests compile.
 */
package dev.sleet.docs.model;
