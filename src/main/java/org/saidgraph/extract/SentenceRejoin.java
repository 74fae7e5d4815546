package org.saidgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes CoreNLP sentence splits inside a parenthesis: "Sen. Ann Ray (R-S.C.) told reporters …". The tokenizer reads
 * "R-S.C." as the word "R-S.C" and a full stop, so the splitter ends the sentence at the closing parenthesis and
 * "told reporters …" becomes a sentence of its own, without a subject (the same after "(D-W.Va.)" or "(praying?)").
 * No tokenizer or splitter option keeps such a sentence whole, so the sentences are joined after splitting, before
 * tagging and parsing: a sentence that ends with a closing parenthesis right after a full stop, question or
 * exclamation mark, whose opening parenthesis is in the same sentence, is one sentence with the next when that one
 * starts on the same line with a lower-case word.
 */
final class SentenceRejoin {

    private SentenceRejoin() {
    }

    /** CoreNLP's sentences with the wrongly split ones joined, renumbered as its splitter numbers them. */
    static List<CoreMap> rejoin(String text, List<CoreMap> sentences) {
        List<List<CoreLabel>> groups = new ArrayList<>();
        List<CoreLabel> previous = null;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (previous != null && splitInsideParenthesis(text, previous, tokens)) {
                previous.addAll(tokens);
            } else {
                previous = new ArrayList<>(tokens);
                groups.add(previous);
            }
        }
        if (groups.size() == sentences.size()) {
            return sentences;
        }
        List<CoreMap> out = new ArrayList<>();
        int tokenOffset = 0;
        for (List<CoreLabel> tokens : groups) {
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            tokenOffset += tokens.size();
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
            int index = 1;
            for (CoreLabel token : tokens) {
                token.setIndex(index++);
                token.setSentIndex(out.size());
            }
            out.add(sentence);
        }
        return out;
    }

    static boolean splitInsideParenthesis(String text, List<CoreLabel> before, List<CoreLabel> after) {
        int n = before.size();
        if (n < 3 || after.isEmpty() || !before.get(n - 1).word().equals(")")
                || !before.get(n - 2).word().matches("[.?!]")) {
            return false;
        }
        String first = after.get(0).word();
        if (first.isEmpty() || !Character.isLowerCase(first.codePointAt(0))
                || text.substring(before.get(n - 1).endPosition(), after.get(0).beginPosition()).indexOf('\n') >= 0) {
            return false;
        }
        int depth = 0;
        for (int i = n - 1; i >= 0; i--) {
            String w = before.get(i).word();
            if (w.equals(")")) {
                depth++;
            } else if (w.equals("(") && --depth == 0) {
                return true;
            }
        }
        return false;
    }
}
