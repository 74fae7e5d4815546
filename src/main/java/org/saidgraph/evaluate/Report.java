package org.saidgraph.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints scores as a readable table, one row per article and one overall, or as JSON. */
public final class Report {

    private Report() {
    }

    public static Score overall(List<Score> scores) {
        Score total = null;
        for (Score s : scores) {
            total = total == null ? s : total.plus(s);
        }
        return total == null ? null : new Score("overall", total.quotes(), total.indirect(), total.all(),
                total.precision(), total.people(), total.territories(), total.organizations(), total.mentions(),
                total.replies());
    }

    public static void table(List<Score> scores, PrintStream out) {
        String header = String.format(Locale.ROOT, "%-46s %13s %13s %13s %13s %9s %9s %9s %9s %9s %9s",
                "article", "quotes found", "quote spkr", "indir found", "indir spkr", "precision", "people",
                "territory", "orgs", "mentions", "replies");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Score s : scores) {
            out.println(row(s));
        }
        Score total = overall(scores);
        if (total != null && scores.size() > 1) {
            out.println("-".repeat(header.length()));
            out.println(row(total));
        }
        out.println();
        out.println("quotes/indir found = recall over non-optional gold; spkr = right speaker among those found;");
        out.println("precision = system statements matching a non-optional gold statement / (those + unmatched);");
        out.println("people/territory/orgs = gold names found among extracted entities (recall); mentions, replies = "
                + "recall of the gold lists for found statements.");
        out.println();
        out.println("entities (named in the article; inferred ones such as a country from an adjective not counted):");
        for (Score s : scores) {
            out.printf(Locale.ROOT, "  %s: people %d/%d found, precision %s; territories %d/%d found, precision %s;"
                            + " organizations %d/%d found%n", s.article(), s.people().found(), s.people().gold(),
                    pct(s.people().precision()), s.territories().found(), s.territories().gold(),
                    pct(s.territories().precision()), s.organizations().found(), s.organizations().gold());
            if (!s.people().missed().isEmpty() || !s.territories().missed().isEmpty()) {
                out.println("    missed people " + s.people().missed() + ", missed territories "
                        + s.territories().missed());
            }
            if (!s.people().extra().isEmpty() || !s.territories().extra().isEmpty()) {
                out.println("    extra people " + s.people().extra() + ", extra territories " + s.territories().extra());
            }
        }
    }

    private static String row(Score s) {
        return String.format(Locale.ROOT, "%-46s %13s %13s %13s %13s %9s %9s %9s %9s %9s %9s",
                abbreviate(s.article()),
                frac(s.quotes().found(), s.quotes().gold()), frac(s.quotes().attributed(), s.quotes().found()),
                frac(s.indirect().found(), s.indirect().gold()), frac(s.indirect().attributed(), s.indirect().found()),
                pct(s.precision().precision()), pct(s.people().recall()), pct(s.territories().recall()),
                pct(s.organizations().recall()), pct(s.mentions().recall()), frac(s.replies().correct(),
                        s.replies().gold()));
    }

    private static String frac(int a, int b) {
        return b == 0 ? "-" : a + "/" + b + " " + Math.round(100.0 * a / b) + "%";
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "-" : Math.round(100 * d) + "%";
    }

    private static String abbreviate(String s) {
        return s.length() <= 46 ? s : s.substring(0, 45) + "…";
    }

    /** Every gold statement with what matched it, then every extracted statement that matched nothing. */
    public static void details(Gold gold, org.saidgraph.dataset.Dataset system, PrintStream out) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        system.entities().forEach(e -> names.put(e.id(), e.name()));
        java.util.Set<org.saidgraph.dataset.Statement> used = new java.util.HashSet<>();
        for (GoldStatement g : gold.statements()) {
            List<org.saidgraph.dataset.Statement> m = system.statements().stream()
                    .filter(s -> Scorer.matches(s, g)).toList();
            used.addAll(m);
            String verdict = m.isEmpty() ? "MISSED" : m.stream().anyMatch(s -> Matching.speakerCorrect(
                    names.get(s.speaker()), g.speaker())) ? "ok" : "WRONG SPEAKER "
                    + m.stream().map(s -> names.get(s.speaker())).distinct().toList();
            out.printf(Locale.ROOT, "  %-8s %-20s %s%s: %s%n", g.kind(), g.speaker(), g.optional() ? "(optional) " : "",
                    verdict, abbreviate(g.text(), 90));
        }
        for (org.saidgraph.dataset.Statement s : system.statements()) {
            if (!used.contains(s)) {
                out.printf(Locale.ROOT, "  EXTRA    %-20s %s: %s%n", names.get(s.speaker()),
                        s.verbatim() ? "quote" : "indirect", abbreviate(s.text(), 90));
            }
        }
    }

    private static String abbreviate(String s, int n) {
        String t = s.replace('\n', ' ');
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }

    public static String json(List<Score> scores) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        scores.forEach(s -> articles.add(mapper.valueToTree(s)));
        Score total = overall(scores);
        if (total != null) {
            root.set("overall", mapper.valueToTree(total));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
