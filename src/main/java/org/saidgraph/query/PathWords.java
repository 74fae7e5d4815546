package org.saidgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paths in plain sentences: "Gitanas Nausėda replied: “Dear @elonmusk, …” It is addressed to Elon Musk. Elon Musk
 * denied (paraphrase): He did not speak directly to … It mentions Vladimir Putin." The rule is the project's: only
 * words that are verbatim and equal to their evidence go in quotation marks; a paraphrase is said to be one, and
 * quotation marks inside it are dropped, since nothing vouches for them.
 */
final class PathWords {

    /** A node of a path: an entity, or one statement with the twins merged with it (in text order). */
    record Node(PathView.Item entity, List<StatementBrief> statements) {

        boolean isStatement() {
            return entity == null;
        }

        String key() {
            return isStatement() ? "statement:" + statements.get(0).id() : entity.id();
        }
    }

    /** One relationship joining two nodes, with its properties (a role's title, a position, a year). */
    record Link(String type, boolean forward, Map<String, Object> properties) {
    }

    /** Verbatim words are shown alone when they cover at least this share of their paraphrase twin's evidence. */
    private static final double QUOTES_SUFFICE = 0.5;
    private static final Pattern QUOTATION_MARKS = Pattern.compile("[\"“”„«»]");

    private final ActWords acts;

    PathWords(ActWords acts) {
        this.acts = acts;
    }

    /** The whole path, one sentence (or two) per step; a statement is described in full where it first appears. */
    String explain(List<Node> nodes, List<List<Link>> links) {
        Context context = new Context();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String sentence = sentence(nodes.get(i), links.get(i), nodes.get(i + 1), context);
            if (sentence != null) {
                sentences.add(sentence);
            }
        }
        return String.join(" ", sentences);
    }

    /** One step on its own: a statement it starts from is first described in full. */
    String step(Node from, List<Link> links, Node to) {
        Context context = new Context();
        List<String> sentences = new ArrayList<>();
        if (from.isStatement()) {
            sentences.add(end(speakerName(from) + " " + verbAndWords(from)));
            context.introduce(from);
        }
        String sentence = sentence(from, links, to, context);
        if (sentence != null) {
            sentences.add(sentence);
        }
        return String.join(" ", sentences);
    }

    private String sentence(Node a, List<Link> links, Node b, Context context) {
        if (!a.isStatement() && !b.isStatement()) {
            return String.join(" ", links.stream().map(l -> end(entityFact(a, l, b))).toList());
        }
        if (!a.isStatement()) {
            return end(entityToStatement(a, links, b, context));
        }
        if (!b.isStatement()) {
            return statementToEntity(a, links, b, context);
        }
        return end(statementToStatement(a, links, b, context));
    }

    private String entityToStatement(Node a, List<Link> links, Node b, Context context) {
        String name = a.entity().name();
        boolean spoke = links.stream().anyMatch(l -> l.type().equals("SAID") && l.forward());
        if (spoke) {
            context.introduce(b);
            return name + " " + verbAndWords(b);
        }
        List<String> passive = new ArrayList<>();
        boolean passedOn = false;
        for (Link l : links) {
            switch (l.type()) {
                case "ADDRESSED_TO" -> passive.add("addressed");
                case "MENTIONS" -> passive.add("mentioned" + position(l));
                case "REPORTED_BY" -> passedOn = true;
                default -> passive.add("linked (" + l.type() + ")");
            }
        }
        boolean known = context.known(b);
        List<String> phrases = new ArrayList<>();
        if (!passive.isEmpty()) {
            phrases.add("is " + String.join(" and ", passive) + (known ? " in" : " by"));
        }
        if (passedOn) {
            phrases.add(known ? "passed on" : "passed on the words of");
        }
        String verb = String.join(" and ", phrases);
        context.introduce(b);
        return known ? name + " " + verb + " " + reference(b)
                : name + " " + verb + " " + speakerName(b) + ", who " + verbAndWords(b);
    }

    private String statementToEntity(Node a, List<Link> links, Node b, Context context) {
        String name = b.entity().name();
        List<String> predicates = new ArrayList<>();
        for (Link l : links) {
            switch (l.type()) {
                case "SAID" -> {
                    if (!context.known(a)) {
                        predicates.add("was said by " + name);
                    }
                }
                case "ADDRESSED_TO" -> predicates.add("is addressed to " + name);
                case "MENTIONS" -> predicates.add("mentions " + name + position(l));
                case "REPORTED_BY" -> predicates.add("reached us through " + name);
                default -> predicates.add("is linked to " + name + " (" + l.type() + ")");
            }
        }
        if (predicates.isEmpty()) {
            return null; // "said by" its speaker, already named where the statement was described
        }
        return end(subject(a, context) + " " + String.join(" and ", predicates));
    }

    private String statementToStatement(Node a, List<Link> links, Node b, Context context) {
        String subject = subject(a, context);
        boolean known = context.known(b);
        List<String> forward = new ArrayList<>();
        List<String> backward = new ArrayList<>();
        for (Link l : links) {
            String verb = switch (l.type()) {
                case "RESPONDS_TO" -> l.forward() ? "replies to" : "is answered by";
                case "DENIES" -> l.forward() ? "denies" : "is denied by";
                case "REPORTS" -> l.forward() ? "relays" : known ? "is relayed in" : "is relayed by";
                default -> "is linked (" + l.type() + ") to";
            };
            (l.forward() ? forward : backward).add(verb);
        }
        context.introduce(b);
        List<String> clauses = new ArrayList<>();
        if (!forward.isEmpty()) {
            clauses.add(String.join(" and ", forward) + " " + (known ? reference(b) : described(b)));
        }
        if (!backward.isEmpty()) {
            clauses.add(String.join(" and ", backward) + " "
                    + (known ? reference(b) : speakerName(b) + ", who " + verbAndWords(b)));
        }
        return subject + " " + String.join(", and ", clauses);
    }

    private static String entityFact(Node a, Link l, Node b) {
        String x = a.entity().name();
        String y = b.entity().name();
        Map<String, Object> p = l.properties();
        return switch (l.type()) {
            case "HOLDS_ROLE" -> {
                String holder = l.forward() ? x : y;
                String of = l.forward() ? y : x;
                String title = p.get("title") == null ? "role holder" : p.get("title").toString();
                // "President of Russia" for a capitalised title, else "Ukraine's outgoing ambassador to Germany".
                yield title.matches("\\p{Lu}\\p{Ll}+") ? holder + " is " + title + " of " + of
                        : holder + " is " + possessive(of) + " " + title;
            }
            case "PART_OF" -> (l.forward() ? x : y) + " is part of " + (l.forward() ? y : x);
            case "ANNEXATION_CLAIMED_BY" -> {
                String territory = l.forward() ? x : y;
                String claimant = l.forward() ? y : x;
                String year = p.get("year") == null ? "" : " in " + p.get("year");
                String recognised = Boolean.TRUE.equals(p.get("recognised")) ? "; the annexation is recognised"
                        : "; the annexation is not internationally recognised";
                yield claimant + " claims to have annexed " + territory + year + recognised;
            }
            default -> x + " is linked to " + y + " (" + l.type() + ")";
        };
    }

    /** "It" for the statement just described, else "Elon Musk's denial". */
    private String subject(Node statement, Context context) {
        return context.isLast(statement) ? "It" : reference(statement);
    }

    /** "Elon Musk's denial". */
    private String reference(Node statement) {
        return possessive(speakerName(statement)) + " " + acts.noun(principal(statement).act());
    }

    /** "Elon Musk's denial: “No, it is not. …”". */
    private String described(Node statement) {
        return reference(statement) + words(statement);
    }

    /** "denied: “No, it is not. …”" or "denied (paraphrase): He did not speak …". */
    private String verbAndWords(Node statement) {
        return acts.verb(principal(statement).act()) + words(statement);
    }

    /**
     * The words of a statement and its twins: the verbatim ones in quotation marks when there is no paraphrase or
     * they cover at least half of its evidence; otherwise the paraphrase, marked as such, quoting the verbatim
     * words beside it.
     */
    private static String words(Node statement) {
        List<StatementBrief> quotes = statement.statements().stream().filter(StatementBrief::quotable).toList();
        StatementBrief paraphrase = statement.statements().stream().filter(s -> !s.quotable())
                .max(Comparator.comparingInt(s -> s.end() - s.start())).orElse(null);
        String quoted = String.join(" and ", quotes.stream().map(StatementBrief::quoted).toList());
        if (paraphrase == null) {
            return ": " + quoted;
        }
        int quotedLength = quotes.stream().mapToInt(q -> q.text().length()).sum();
        if (!quotes.isEmpty() && quotedLength >= QUOTES_SUFFICE * (paraphrase.end() - paraphrase.start())) {
            return ": " + quoted;
        }
        String text = QUOTATION_MARKS.matcher(paraphrase.text() == null ? "" : paraphrase.text()).replaceAll("")
                .strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return " (paraphrase): " + text + (quotes.isEmpty() ? "" : " (quoting " + quoted + ")");
    }

    /** The statement whose act names the node: the paraphrase that sums the twins up, else the first. */
    private static StatementBrief principal(Node statement) {
        return statement.statements().stream().filter(s -> !s.quotable())
                .max(Comparator.comparingInt(s -> s.end() - s.start()))
                .orElse(statement.statements().get(0));
    }

    private static String speakerName(Node statement) {
        EntityRef speaker = principal(statement).speaker();
        return speaker == null || speaker.name() == null ? "Someone" : speaker.name();
    }

    private static String position(Link mention) {
        Object position = mention.properties().get("position");
        return position == null ? "" : " (position: " + position + ")";
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** Ends a sentence with a full stop unless it ends in one already (inside closing quotation marks too). */
    static String end(String sentence) {
        if (sentence == null) {
            return null;
        }
        String s = sentence.strip();
        String bare = s.endsWith("”") ? s.substring(0, s.length() - 1) : s;
        return bare.endsWith(".") || bare.endsWith("?") || bare.endsWith("!") ? s : s + ".";
    }

    /** Which statements the sentences so far have described, and which was described last. */
    private static final class Context {
        private final Set<String> introduced = new HashSet<>();
        private String last;

        void introduce(Node statement) {
            introduced.add(statement.key());
            last = statement.key();
        }

        boolean known(Node statement) {
            return introduced.contains(statement.key());
        }

        boolean isLast(Node statement) {
            return statement.key().equals(last);
        }
    }
}
