/**
 * The remote engine: a D1 database reached through Cloudflare's REST API, with exact 64-bit integers, retries only
 * where a replay cannot write twice, and D1's errors mapped to Sleet's exceptions.
 */
@NullMarked
package dev.sleet.d1.http;

import org.jspecify.annotations.NullMarked;
