package org.saidgraph.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Statement cards kept between requests, by statement id, for as long as the graph has not changed (issue 9): the
 * cards query was most of a first page's CPU at a million statements, and a popular list's first page asks for the
 * same twenty cards again and again. Every card held was read while {@code version} (the embedded database's
 * {@code graph.GraphVersion}, moved by every commit) stayed the same, and is given only while it still has that value:
 * the first commit after it, from the loader, the API or a Bolt client, makes every card held unusable, and the next
 * request reads its cards from the graph again. At most {@code maxCards} are held, the least recently used dropped
 * first. Only with the embedded database: an external server's commits are not seen here.
 */
public final class StatementCardCache {

    private final LongSupplier version;
    private final int maxCards;
    /** The cards, all read at {@link #heldVersion}; in order of use, the least recently used first. */
    private final LinkedHashMap<String, StatementView> cards;
    private long heldVersion = Long.MIN_VALUE;

    public StatementCardCache(LongSupplier version, int maxCards) {
        if (maxCards < 1) {
            throw new IllegalArgumentException("maxCards must be at least 1, but was " + maxCards);
        }
        this.version = version;
        this.maxCards = maxCards;
        this.cards = new LinkedHashMap<>(Math.min(maxCards, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StatementView> eldest) {
                return size() > StatementCardCache.this.maxCards;
            }
        };
    }

    /** The graph's version now: take it before reading, and give it to {@link #get} and {@link #put}. */
    public long version() {
        return version.getAsLong();
    }

    /** The cards held for these ids, read at {@code version}; none when the graph has changed since. */
    public synchronized Map<String, StatementView> get(long version, Collection<String> ids) {
        if (version != heldVersion || version != this.version.getAsLong()) {
            return Map.of();
        }
        Map<String, StatementView> found = new HashMap<>();
        for (String id : ids) {
            StatementView card = cards.get(id);
            if (card != null) {
                found.put(id, card);
            }
        }
        return found;
    }

    /**
     * Keeps cards read from the graph after taking {@code version}; kept only if no commit moved the version since
     * (what was read may then hold part of a commit), and every card of an older version is dropped first.
     */
    public synchronized void put(long version, List<StatementView> read) {
        if (version != this.version.getAsLong()) {
            return;
        }
        if (version != heldVersion) {
            cards.clear();
            heldVersion = version;
        }
        read.forEach(card -> cards.put(card.id(), card));
    }

    /** How many cards are held now (some may be of an older version, never given again). */
    public synchronized int size() {
        return cards.size();
    }
}
