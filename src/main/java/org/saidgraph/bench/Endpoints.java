package org.saidgraph.bench;

import org.saidgraph.graph.Graph;
import org.saidgraph.query.ArticleQueries;
import org.saidgraph.query.EntityQueries;
import org.saidgraph.query.Page;
import org.saidgraph.query.PathQueries;
import org.saidgraph.query.PathSearch;
import org.saidgraph.query.SearchQueries;
import org.saidgraph.query.StatementFilter;
import org.saidgraph.query.StatementQueries;
import org.saidgraph.query.TerritoryFilter;
import org.springframework.context.ApplicationContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every read endpoint of the API with realistic parameters, each as an HTTP path and as the same call to the query
 * service behind it; and the hot queries with the same parameters, for their plans.
 */
final class Endpoints {

    private static final Page.Request FIRST_PAGE = Page.Request.of(0, 20);
    /** The territory alone, neither its parts nor its wholes, every statement. */
    private static final TerritoryFilter JUST_IT = new TerritoryFilter(false, false, null, false);

    private Endpoints() {
    }

    static List<QueryCase> cases(ApplicationContext context, QueryBench.Parameters p) {
        EntityQueries entities = context.getBean(EntityQueries.class);
        StatementQueries statements = context.getBean(StatementQueries.class);
        PathQueries paths = context.getBean(PathQueries.class);
        ArticleQueries articles = context.getBean(ArticleQueries.class);
        SearchQueries search = context.getBean(SearchQueries.class);
        List<String> popular = ids(p.popularSpeakers());
        List<String> rare = ids(p.rareSpeakers());
        List<String> popularPlaces = ids(p.popularTerritories());
        List<String> rarePlaces = ids(p.rareTerritories());
        List<QueryCase> cases = new ArrayList<>();

        cases.add(each("GET /api/people/{id}", "most quoted", popular, id -> "/api/people/" + id,
                id -> entities.entity(EntityQueries.Kind.PERSON, id)));
        cases.add(each("GET /api/people/{id}", "rarely quoted", rare, id -> "/api/people/" + id,
                id -> entities.entity(EntityQueries.Kind.PERSON, id)));
        cases.add(each("GET /api/territories/{id}", "most mentioned", popularPlaces, id -> "/api/territories/" + id,
                id -> entities.entity(EntityQueries.Kind.TERRITORY, id)));
        cases.add(each("GET /api/organizations/{id}", "most named", ids(p.organizations()),
                id -> "/api/organizations/" + id, id -> entities.entity(EntityQueries.Kind.ORGANIZATION, id)));
        List<String> names = new ArrayList<>();
        p.popularSpeakers().forEach(s -> names.add((String) s.get("name")));
        p.rareSpeakers().stream().limit(5).forEach(s -> names.add(lastWord((String) s.get("name"))));
        p.popularTerritories().forEach(t -> names.add(folded((String) t.get("name"))));
        cases.add(each("GET /api/search?q=", "names, surnames, folded", names, q -> "/api/search?q=" + encode(q),
                q -> search.search(q, FIRST_PAGE)));
        cases.add(each("GET /api/people/{id}/statements", "most quoted", popular,
                id -> "/api/people/" + id + "/statements",
                id -> statements.saidBy(EntityQueries.Kind.PERSON, id, FIRST_PAGE)));
        cases.add(each("GET /api/people/{id}/statements", "rarely quoted", rare,
                id -> "/api/people/" + id + "/statements",
                id -> statements.saidBy(EntityQueries.Kind.PERSON, id, FIRST_PAGE)));
        cases.add(each("GET /api/territories/{id}/statements", "most mentioned", popularPlaces,
                id -> "/api/territories/" + id + "/statements",
                id -> statements.aboutTerritory(id, JUST_IT, FIRST_PAGE)));
        cases.add(each("GET /api/territories/{id}/statements", "rarely mentioned", rarePlaces,
                id -> "/api/territories/" + id + "/statements",
                id -> statements.aboutTerritory(id, JUST_IT, FIRST_PAGE)));
        cases.add(each("GET /api/territories/{id}/positions", "most mentioned", popularPlaces,
                id -> "/api/territories/" + id + "/positions", id -> statements.positions(id, JUST_IT, FIRST_PAGE)));
        cases.add(each("GET /api/territories/{id}/positions", "rarely mentioned", rarePlaces,
                id -> "/api/territories/" + id + "/positions", id -> statements.positions(id, JUST_IT, FIRST_PAGE)));
        cases.add(each("GET /api/statements?speaker=", "most quoted", popular, id -> "/api/statements?speaker=" + id,
                id -> statements.find(filter(id, null, null), FIRST_PAGE)));
        cases.add(each("GET /api/statements?speaker=", "rarely quoted", rare, id -> "/api/statements?speaker=" + id,
                id -> statements.find(filter(id, null, null), FIRST_PAGE)));
        cases.add(each("GET /api/statements?mentions=", "most mentioned", popularPlaces,
                id -> "/api/statements?mentions=" + id, id -> statements.find(filter(null, id, null), FIRST_PAGE)));
        List<String> words = List.of("peace", "talks", "border", "sanctions", "election");
        cases.add(each("GET /api/statements?q=", "common words", words, q -> "/api/statements?q=" + encode(q),
                q -> statements.find(filter(null, null, q), FIRST_PAGE)));
        cases.add(each("GET /api/statements/{id}", "spread over the corpus", p.statements(),
                id -> "/api/statements/" + id, statements::statement));
        cases.add(each("GET /api/statements/{id}/thread", "answered statements", p.answered(),
                id -> "/api/statements/" + id + "/thread", statements::thread));
        // Popular with popular, popular with rare, rare with rare: each kind as far as there are people of it (with
        // no rare people, the popular pairs are still measured).
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(popular.size(), rare.size()); i++) {
            if (i < popular.size() && popular.size() > 1) {
                pairs.add(new String[]{popular.get(i), popular.get((i + 1) % popular.size())});
            }
            if (i < popular.size() && i < rare.size()) {
                pairs.add(new String[]{popular.get(i), rare.get(i)});
            }
            if (i < rare.size() && rare.size() > 1) {
                pairs.add(new String[]{rare.get(i), rare.get((i + 1) % rare.size())});
            }
        }
        cases.add(each("GET /api/paths?maxHops=4", "popular and rare pairs", pairs,
                pair -> "/api/paths?from=" + pair[0] + "&to=" + pair[1] + "&maxHops=4",
                pair -> paths.paths(pair[0], pair[1], 4, FIRST_PAGE)));
        cases.add(each("GET /api/articles", "first page", List.of(""), x -> "/api/articles",
                x -> articles.articles(FIRST_PAGE)));
        cases.add(each("GET /api/articles/{id}", "spread over the corpus", p.articles(),
                id -> "/api/articles/" + id, articles::article));
        // A case without parameters (the graph has no such entity) is kept: the bench says it was not measured.
        return cases;
    }

    /** The hot queries, profiled with the most demanding parameters (the most quoted, the most mentioned). */
    static List<Plans> plans(Graph graph, QueryBench.Parameters p) {
        String speaker = ids(p.popularSpeakers()).get(0);
        String territory = ids(p.popularTerritories()).get(0);
        List<Plans> plans = new ArrayList<>();
        plans.add(Plans.profile(graph, "query/entity", Map.of("id", speaker, "label", "Person"),
                "the most quoted person"));
        plans.add(Plans.profile(graph, "query/person-statements", Map.of("id", speaker, "skip", 0, "limit", 20),
                "the most quoted person, first page"));
        // What the API runs for these (StatementQueries): the filter by speakers, alone and with others, reads a page
        // in the speakers' index order; a territory's statements without parts, wholes, position or firstHand too.
        Page.Request first = new Page.Request(0, 20);
        StatementFilter bySpeaker = filter(speaker, null, null);
        plans.add(Plans.profile(graph, StatementQueries.queryFor(bySpeaker), StatementQueries.params(bySpeaker, first),
                "speaker = the most quoted person"));
        plans.add(Plans.profile(graph, "query/mentioning-statements", Map.of("id", territory, "skip", 0,
                "limit", 20), "the most mentioned territory's statements"));
        // The filter by speaker and mentioned territory together: the matches are counted up to Page.FILTER_COUNT_CAP.
        StatementFilter both = filter(speaker, territory, null);
        plans.add(Plans.profile(graph, StatementQueries.queryFor(both), StatementQueries.params(both, first),
                "speaker = the most quoted person, mentions = the most mentioned territory"));
        Map<String, Object> about = new HashMap<>(Map.of("id", territory, "includeParts", false,
                "includeWholes", false, "firstHand", false, "skip", 0, "limit", 20,
                "perPosition", StatementQueries.PER_POSITION));
        about.put("speakerLimit", StatementQueries.SPEAKERS_PER_POSITION);
        about.put("position", null);
        plans.add(Plans.profile(graph, "query/territory-positions", about, "the most mentioned territory"));
        plans.addAll(morePlans(graph, p, speaker, territory));
        return plans;
    }

    /**
     * The other queries the read endpoints run, with the parameters the bench asks them with: look-ups, a page's
     * cards, a thread, paths between the most quoted, search, a territory's statements with its parts.
     */
    private static List<Plans> morePlans(Graph graph, QueryBench.Parameters p, String speaker, String territory) {
        List<Plans> plans = new ArrayList<>();
        plans.add(Plans.profile(graph, "query/entity", Map.of("id", territory, "label", "Territory"),
                "the most mentioned territory"));
        Map<String, Object> withParts = new HashMap<>(Map.of("id", territory, "includeParts", true,
                "includeWholes", false, "firstHand", false, "skip", 0, "limit", 20));
        withParts.put("position", null);
        plans.add(Plans.profile(graph, "query/territory-statements", withParts,
                "the most mentioned territory with its parts, first page"));
        List<String> page = p.statements().stream().limit(20).toList();
        plans.add(Plans.profile(graph, "query/statement-cards", Map.of("ids", page),
                page.size() + " statements spread over the corpus (a page's cards)"));
        if (!p.answered().isEmpty()) {
            plans.add(Plans.profile(graph, "query/statement-thread", Map.of("id", p.answered().get(0),
                    "max", StatementQueries.MAX_THREAD), "an answered statement"));
        }
        List<String> popular = ids(p.popularSpeakers());
        if (popular.size() > 1) {
            plans.add(pathSearch(graph, popular.get(0), popular.get(1), "the two most quoted people, 4 hops"));
        }
        List<String> rare = ids(p.rareSpeakers());
        if (!rare.isEmpty()) {
            plans.add(pathSearch(graph, speaker, rare.get(0), "the most quoted and the least quoted, 4 hops"));
        }
        String name = (String) p.popularSpeakers().get(0).get("name");
        Map<String, Object> search = Map.of("lucene", EntityQueries.lucene(name), "cap", SearchQueries.MAX_HITS,
                "skip", 0, "limit", 20);
        plans.add(Plans.profile(graph, "query/search-entities", search, "the most quoted person's name"));
        plans.add(Plans.profile(graph, "query/search-articles", search, "the most quoted person's name"));
        StatementFilter words = filter(null, null, "peace");
        plans.add(Plans.profile(graph, StatementQueries.queryFor(words), StatementQueries.params(words,
                new Page.Request(0, 20)), "q = peace (a common word)"));
        if (!p.articles().isEmpty()) {
            plans.add(Plans.profile(graph, "query/article", Map.of("id", p.articles().get(0)), "an article"));
        }
        plans.add(Plans.profile(graph, "query/articles", Map.of("skip", 0, "limit", 20), "the first page"));
        plans.add(Plans.profile(graph, "query/speaker-utterances", Map.of("id", speaker, "cap", Page.COUNT_CAP,
                "skip", 0, "limit", 20), "the most quoted person, first page"));
        return plans;
    }

    /** The path search's queries (path-ends, path-expand per step), profiled together; rows: the paths found. */
    private static Plans pathSearch(Graph graph, String from, String to, String described) {
        return Plans.profileAll(graph, "query/path-ends + path-expand", described + ", API limits",
                tx -> (long) PathSearch.between(tx, from, to, 4, PathSearch.Limits.API).paths().size());
    }

    private static StatementFilter filter(String speaker, String mentions, String q) {
        return new StatementFilter(speaker == null ? null : List.of(speaker),
                mentions == null ? null : List.of(mentions), null, null, null, null, null, null, null, null, q);
    }

    private static <T> QueryCase each(String endpoint, String variant, List<T> values, Function<T, String> path,
                                      Function<T, Object> direct) {
        return new QueryCase(endpoint, variant, values.stream()
                .map(v -> new QueryCase.Request(path.apply(v), () -> direct.apply(v))).toList());
    }

    private static List<String> ids(List<Map<String, Object>> entities) {
        return entities.stream().map(e -> (String) e.get("id")).toList();
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** A name as someone types it without its diacritics: "Nauseda" for "Nausėda". */
    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
