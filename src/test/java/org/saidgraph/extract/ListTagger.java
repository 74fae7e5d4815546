package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's analysis (tokens, parts of speech, parse) with the names the test gives instead of CoreNLP's own: every
 * occurrence of each listed name, so that pattern tests do not depend on the recogniser's guesses.
 */
public final class ListTagger implements Analyzer {

    private final Map<String, String> names;

    public ListTagger(Map<String, String> names) {
        this.names = names;
    }

    public static ListTagger people(String... people) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String p : people) {
            map.put(p, "PERSON");
        }
        return new ListTagger(map);
    }

    @Override
    public Analysis analyze(String text) {
        return SharedCoreNlp.ANALYZER.analyze(text).withNames(tag(text));
    }

    List<TaggedName> tag(String text) {
        List<TaggedName> out = new ArrayList<>();
        names.forEach((name, type) -> {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                int end = i + name.length();
                boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (left && right) {
                    out.add(new TaggedName(i, end, type));
                }
            }
        });
        return out;
    }
}
