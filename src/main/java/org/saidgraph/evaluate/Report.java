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
        for (Score s : scores) {
            if (!s.people().missed().isEmpty() || !s.territories().missed().isEmpty()) {
                out.println(s.article() + ": missed people " + s.people().missed() + ", missed territories "
                        + s.territories().missed());
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
