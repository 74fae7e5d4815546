package org.saidgraph.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A page of the connections between two entities ({@link Page}'s fields), and whether the search was cut short.
 *
 * @param totalIsLowerBound as {@link Page}'s: true when the search was cut short ({@code truncated}), as every list
 *                          says whether its total is a lower bound
 * @param truncated true when the answer may miss connections: the search reached its limit on the relationships it
 *                  reads (a much-quoted person's or much-mentioned territory's neighbourhood was read only in part), or
 *                  more shortest paths were found than are read ({@value PathQueries#MAX_PATHS}); always between two
 *                  hubs ({@link PathSearch#HUB_FAN_OUTS}). {@code total} is then
 *                  a lower bound, and other paths, even shorter ones, may exist. False: these are all the shortest
 *                  connections up to maxHops.
 */
public record PathPage(List<PathView> items, int page, int size, long total,
                       @Schema(description = "True when `truncated` is: `total` counts the connections found, and "
                               + "there may be more.") boolean totalIsLowerBound,
                       @Schema(description = "True when the answer may miss connections: the search reached its limit "
                               + "on the relationships it reads around a much-quoted or much-mentioned entity (and "
                               + "always between two such hubs, of which it reads half as much), or "
                               + "more than 200 shortest paths were found. `total` is then a lower bound, and other "
                               + "paths, even shorter ones, may exist. False: these are all the shortest "
                               + "connections up to maxHops.") boolean truncated) {
}
