package org.saidgraph.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence patterns of {@code src/main/resources/generate/}, parsed once: what speakers say ({@link Saying}), how
 * articles attribute it ({@link Attribution}), further sentences of a quotation, background sentences and topics.
 */
final class Phrasebook {

    static final Phrasebook SHARED = new Phrasebook();

    /**
     * Something a speaker says, as words ({@code direct}) and in reported speech ({@code indirect}, to follow
     * {@code verb}); {@code position} is the stance it takes on {@code {territory}}, or null.
     */
    record Saying(String kind, String act, String position, String verb, Template headline, Template direct,
                  Template indirect) {

        /** Whether the reported speech reads after "told him that" (a relay's account of it). */
        boolean relayable() {
            return verb.endsWith(" that") && !kind.equals("reply") && !kind.equals("denial") && !kind.equals("stand");
        }
    }

    /** A way an article attributes words: a quotation, reported speech or a relay, with the medium it names. */
    record Attribution(String kind, String medium, Template pattern) {
    }

    private final Map<String, List<Saying>> sayings = new LinkedHashMap<>();
    private final Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
    final List<Saying> relayable = new ArrayList<>();
    final List<Saying> polls = new ArrayList<>();
    final List<Template> support;
    final List<Template> fillers;
    final List<String> topics;

    private Phrasebook() {
        for (List<String> row : WordLists.rows("utterances.tsv", 7)) {
            Saying saying = new Saying(row.get(0), row.get(1), row.get(2).equals("-") ? null : row.get(2), row.get(3),
                    row.get(4).equals("-") ? null : Template.parse(row.get(4)), Template.parse(row.get(5)),
                    Template.parse(row.get(6)));
            sayings.computeIfAbsent(saying.kind(), k -> new ArrayList<>()).add(saying);
            if (saying.relayable()) {
                relayable.add(saying);
            }
            if (saying.act().equals("poll")) {
                polls.add(saying);
            }
        }
        for (List<String> row : WordLists.rows("attributions.tsv", 3)) {
            attributions.computeIfAbsent(row.get(0), k -> new ArrayList<>())
                    .add(new Attribution(row.get(0), row.get(1).equals("-") ? null : row.get(1),
                            Template.parse(row.get(2))));
        }
        support = WordLists.lines("support.txt").stream().map(Template::parse).toList();
        fillers = WordLists.lines("fillers.txt").stream().map(Template::parse).toList();
        topics = WordLists.lines("topics.txt");
    }

    List<Saying> sayings(String kind) {
        return listed(sayings, kind);
    }

    List<Attribution> attributions(String kind) {
        return listed(attributions, kind);
    }

    private static <T> List<T> listed(Map<String, List<T>> map, String kind) {
        List<T> list = map.get(kind);
        if (list == null) {
            throw new IllegalStateException("the generator's word lists have no " + kind);
        }
        return list;
    }
}
