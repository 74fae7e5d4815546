package org.saidgraph.generate;

import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence pattern with {@code {slot}}s, rendered into a text while recording where each slot's value landed: that
 * is how a statement's span points exactly at its words. The first letter of a rendering is upper-cased, since every
 * pattern is a sentence or starts one.
 */
final class Template {

    private final String pattern;
    /** Literal text and slot names, alternating: literal, slot, literal, …, literal. */
    private final List<String> parts;

    private Template(String pattern, List<String> parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    static Template parse(String pattern) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                parts.add(pattern.substring(at));
                return new Template(pattern, List.copyOf(parts));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in: " + pattern);
            }
            parts.add(pattern.substring(at, open));
            parts.add(pattern.substring(open + 1, close));
            at = close + 1;
        }
    }

    /** The slot names, in the order they first appear. */
    Set<String> slots() {
        Set<String> slots = new LinkedHashSet<>();
        for (int i = 1; i < parts.size(); i += 2) {
            slots.add(parts.get(i));
        }
        return slots;
    }

    boolean has(String slot) {
        return slots().contains(slot);
    }

    /** Whether the pattern ends with the closing quotation mark, so that the quotation ends its sentence. */
    boolean endsWithQuotation() {
        return pattern.endsWith("\"");
    }

    /**
     * Appends the rendering to {@code out} and answers where each slot's value is in it (the first occurrence of a
     * slot that occurs twice). A slot without a value is a bug in a word list or in the generator.
     */
    Map<String, Statement.Span> render(StringBuilder out, Map<String, String> values) {
        int start = out.length();
        Map<String, Statement.Span> spans = fill(out, values);
        capitalise(out, start);
        return spans;
    }

    /** The rendering as a sentence of its own, first letter upper-cased. */
    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        render(out, values);
        return out.toString();
    }

    /** The rendering as a clause that follows other words ("said that …"): left as written. */
    String renderClause(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        fill(out, values);
        return out.toString();
    }

    private Map<String, Statement.Span> fill(StringBuilder out, Map<String, String> values) {
        Map<String, Statement.Span> spans = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
                continue;
            }
            String slot = parts.get(i);
            String value = values.get(slot);
            if (value == null) {
                throw new IllegalStateException("no value for {" + slot + "} in: " + pattern);
            }
            int from = out.length();
            out.append(value);
            spans.putIfAbsent(slot, new Statement.Span(from, out.length()));
        }
        return spans;
    }

    /** Upper-cases the first letter at or after {@code from} (after an opening quotation mark, say). */
    static void capitalise(StringBuilder text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                text.setCharAt(i, Character.toUpperCase(c));
                return;
            }
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
