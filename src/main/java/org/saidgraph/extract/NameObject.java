package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code verb-object-name}: a verb that takes what was said as its object ("attacked", "praised", "blasted",
 * "defended", "mentioned") whose object is one proper name — "Clinton attacked [Trump]", "the governor blasted
 * [Congress]" — says what was said: PolNeAR annotates the name alone as the content. Object readings otherwise need two
 * words ("offered two options"), so these gave nothing, or a `pattern-verb` reading that ran on past the name. Not when
 * the name is set off by a comma before an apposition ("accused Halden, the senator from Maine, of …": what follows
 * belongs to what was said and a later sieve reads it whole), not before a noun or number that goes on with the
 * phrase ("mentioned CNN five times"), not for an infinitive ("declined to criticize Halden", "has begun to attack
 * Marlow in her speeches", which the annotators left out), and not for verbs whose person object is no speech
 * ("dismissed [the manager]", "questioned [the witness]", "offered [Smith]", "called [Jones]").
 */
final class NameObject {

    static final String RULE = "verb-object-name";
    private static final Set<String> NOT_SPEECH = Set.of("dismiss", "question", "offer", "issue", "call");

    private NameObject() {
    }

    /** Whether the one-token object at {@code object} of the speech verb at {@code cue} is what was said. */
    static boolean reads(Analysis a, SpeechLexicon.Verb verb, int cue, int object) {
        if (!verb.object() || NOT_SPEECH.contains(verb.lemma().toLowerCase(Locale.ROOT)) || object <= cue
                || !a.token(object).tag().startsWith("NNP")) {
            return false;
        }
        for (int m : a.children(cue, "mark")) {
            if (a.token(m).word().equalsIgnoreCase("to")) {
                return false; // "declined to criticize [Halden]", "has begun to attack [Marlow] in …"
            }
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(object));
        if (object + 1 < s.end() && a.token(object + 1).tag().matches("NNS?|CD")) {
            return false; // "mentioned [CNN] five times": the phrase goes on
        }
        if (object + 2 < s.end() && a.token(object + 1).word().equals(",")) {
            String next = a.token(object + 2).tag();
            return !(next.equals("DT") || next.startsWith("NNP") || next.startsWith("JJ") || next.equals("CD")
                    || next.equals("PRP$"));
        }
        return object + 1 >= s.end() || !a.token(object + 1).word().equals("(");
    }
}
