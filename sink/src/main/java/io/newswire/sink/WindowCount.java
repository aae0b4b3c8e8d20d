package io.newswire.sink;

/** How many distinct stories mentioned {@code entity} in the window [{@code windowStart}, {@code windowEnd}) (ms). */
record WindowCount(MentionKey entity, long windowStart, long windowEnd, long stories) {}
