package org.saidgraph.query;

import java.util.List;

/**
 * One position taken on a territory, such as {@code recognise-as-russian}, with who took it (the
 * {@value StatementQueries#SPEAKERS_PER_POSITION} who took it most often, most statements first, and
 * {@code speakerCount} of all), on which territories
 * (the one asked about, or its parts or wholes when those are included) and where they said so: the first
 * {@value StatementQueries#PER_POSITION} statements in text order (as many as asked, up to
 * {@value StatementQueries#MAX_PER_POSITION}), and {@code statementCount} of all; page through
 * the rest with {@code /api/territories/{id}/statements?position=}.
 *
 * @param speakers       the speakers of most of its statements, most first (ties in no stated order), at most
 *                       {@value StatementQueries#SPEAKERS_PER_POSITION}
 * @param speakerCount   how many speakers took it, listed or not
 * @param firstHand      true when at least one of its statements is first-hand (nothing relays it)
 * @param firstHandCount how many of its statements are first-hand
 * @param disputed       true when at least one of its statements is disputed (denied, or relayed by a denied one)
 * @param disputedCount  how many of its statements are disputed
 * @param disputedBy     the denials disputing its listed statements, each once
 */
public record PositionGroup(String position, List<EntityRef> speakers, long speakerCount,
                            List<EntityRef> territories,
                            long statementCount, boolean firstHand, long firstHandCount, boolean disputed,
                            long disputedCount, List<StatementRef> disputedBy, List<StatementView> statements) {
}
