package org.entente.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The linked-data pages already rendered, by IRI and format, so a page asked
 * for again is sent without reading the store: the store changes only through
 * this server's writes (TDB2 lets no other process open it), and every write
 * empties the cache. A page read while a write was committing is not kept,
 * since it may show the state before. Bounded by {@link #MAX_BYTES} of bodies,
 * least recently used first out.
 */
final class PageCache {
    static final long MAX_BYTES = 64L << 20;

    private final Cache<String, byte[]> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, byte[] body) -> key.length() + body.length)
            .build();
    private final AtomicLong generation = new AtomicLong();

    /**
     * The page under {@code key}, rendered by {@code render} when it is not
     * kept; a null from {@code render} (nothing to show) is passed on and not kept.
     */
    byte[] get(String key, Supplier<byte[]> render) {
        byte[] kept = pages.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        long before = generation.get();
        byte[] body = render.get();
        if (body != null && generation.get() == before) {
            pages.put(key, body);
            // A write that finished while this was stored must not leave it behind.
            if (generation.get() != before) {
                pages.invalidate(key);
            }
        }
        return body;
    }

    /** Forgets every page: the store has changed. */
    void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
