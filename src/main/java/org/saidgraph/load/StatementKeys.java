package org.saidgraph.load;

import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Statement;
import org.saidgraph.link.LinkKeys;
import org.saidgraph.link.LinkStatement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What linking needs of one statement of a dataset, worked out from the dataset alone: the statement as linking sees
 * it, the keys it is stored under ({@link LinkKeys#stored}, also as the numbers {@link RecentLinkKeys} holds) and the
 * clauses it looks for ({@link LinkKeys#clauses}). {@link DatasetLoader#prepare} works them out on the directory
 * load's reader threads, while the batch before is written: hashing the word runs and stems was about a tenth of the
 * loading thread (BENCHMARKS.md), time that the writing thread no longer spends.
 */
public record StatementKeys(LinkStatement statement, String stored, long[] codes, List<List<String>> clauses) {

    /** The keys of every statement of {@code dataset}, by statement id. */
    static Map<String, StatementKeys> of(Dataset dataset) {
        Map<String, StatementKeys> keys = new LinkedHashMap<>();
        for (Statement s : dataset.statements()) {
            keys.put(s.id(), of(linkStatement(dataset.article(), s)));
        }
        return keys;
    }

    static StatementKeys of(LinkStatement s) {
        LinkKeys.Both both = LinkKeys.both(s);
        String stored = both.stored();
        long[] codes = stored.isEmpty() ? new long[0]
                : Arrays.stream(stored.split(" ")).mapToLong(LinkKeys::code).sorted().distinct().toArray();
        return new StatementKeys(s, stored, codes, both.clauses());
    }

    /** The statement as linking sees it: said on its own date, or else on its article's publication date. */
    static LinkStatement linkStatement(Article article, Statement s) {
        String day = s.date() != null ? s.date() : article.published();
        return new LinkStatement(s.id(), s.speaker(), s.verbatim(), s.text(), s.act(),
                s.mentions().stream().map(Statement.Mention::entity).toList(),
                day == null ? null : LocalDate.parse(day).toEpochDay());
    }
}
