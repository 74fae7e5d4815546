package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article as the language pipeline read it: tokens (UTF-16 offsets, word, part of speech, lemma), sentences as
 * token ranges, the names found, and for the sentences that were parsed, each token's head and relation (Universal
 * Dependencies). A sentence that was not parsed has every head at {@link #UNPARSED}.
 */
public final class Analysis {

    /** A token: {@code [start, end)} in the text, its word, Penn part-of-speech tag and lemma. */
    public record Token(int start, int end, String word, String tag, String lemma) {
        public boolean isVerb() {
            return tag.startsWith("VB") || tag.equals("MD");
        }

        public boolean isNoun() {
            return tag.startsWith("NN");
        }

        /** The lemma in lower case, the word's where the analyzer gave none: how every word list is keyed. */
        public String lowerLemma() {
            return (lemma == null ? word : lemma).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Tokens {@code [first, end)}. */
    public record Sentence(int first, int end) {
        public int size() {
            return end - first;
        }
    }

    public static final int ROOT = -1;
    public static final int UNPARSED = -2;

    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<TaggedName> names;
    private final int[] head;
    private final String[] relation;
    private final int[] sentenceOf;

    public Analysis(List<Token> tokens, List<Sentence> sentences, List<TaggedName> names, int[] head,
                    String[] relation) {
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.names = List.copyOf(names);
        this.head = head;
        this.relation = relation;
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Arrays.fill(sentenceOf, sentences.get(s).first(), sentences.get(s).end(), s);
        }
    }

    /** The same tokens, sentences and parse with other names: tests name the people they write about. */
    public Analysis withNames(List<TaggedName> other) {
        return new Analysis(tokens, sentences, other, head, relation);
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<TaggedName> names() {
        return names;
    }

    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    public boolean parsed(int token) {
        return head[token] != UNPARSED;
    }

    /** The token's head in the parse: a token index, {@link #ROOT}, or {@link #UNPARSED}. */
    public int head(int token) {
        return head[token];
    }

    /** The token's relation to its head ("nsubj", "ccomp", "obl:tmod" …), or null when not parsed. */
    public String relation(int token) {
        return relation[token];
    }

    /** The tokens whose head is {@code token}, in text order. */
    public List<Integer> children(int token) {
        List<Integer> out = new ArrayList<>();
        Sentence s = sentences.get(sentenceOf[token]);
        for (int i = s.first(); i < s.end(); i++) {
            if (head[i] == token) {
                out.add(i);
            }
        }
        return out;
    }

    /** The children of {@code token} whose relation is {@code rel} or a subtype of it ("obl" matches "obl:tmod"). */
    public List<Integer> children(int token, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(token)) {
            String r = relation[c];
            if (r != null && (r.equals(rel) || r.startsWith(rel + ":"))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The smallest and largest token index of {@code token}'s subtree (itself and all it governs). */
    public int[] subtree(int token) {
        int lo = token;
        int hi = token;
        Sentence s = sentences.get(sentenceOf[token]);
        for (int i = s.first(); i < s.end(); i++) {
            if (dominates(token, i)) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        return new int[]{lo, hi};
    }

    /** Whether {@code ancestor} is {@code token} or governs it, directly or not. */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        for (int guard = 0; guard < 200 && t >= 0; guard++) {
            if (t == ancestor) {
                return true;
            }
            t = head[t];
        }
        return false;
    }

    /** The first token that ends after {@code offset}, or -1: the token at or after a character position. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }
}
