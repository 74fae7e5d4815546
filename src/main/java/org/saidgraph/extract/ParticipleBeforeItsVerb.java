package org.saidgraph.extract;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Guard {@code participle-before-its-verb} of {@link VerbCueSieve}: a participle phrase that opens the sentence and
 * hangs on its main verb ("Speaking at a rally on Monday, the senator said the vote would pass", "Writing to
 * members, the chair argued that …") reports nothing of the clause it hangs on. The parse makes the main verb's
 * subject the participle's too, and that subject, coming after the participle, looks like an inverted one ("…, said
 * Jane Roe"), so the words after it were read as what the participle said: a second statement that began with the
 * main speech verb itself ("said the vote would pass") beside the main verb's own, found by the sieve for "said".
 * Found in a trial article of the team's own writing (session 28); the shape never met a reading on all 840 train
 * while only an {@code advcl} counted. The parser hangs most such participles on their verb as an unlabelled
 * {@code dep} instead (session 29): counted too, the guard drops 8 readings on all train, 3 of them false and 2 read
 * again by a later sieve.
 */
final class ParticipleBeforeItsVerb {

    /**
     * Verbs whose participle tells only where or in answer to what someone spoke: the verbs of speaking that take
     * no clause ({@code speaking-frames.tsv}: speak, talk, testify) and those whose "to" names what is answered.
     * Not "defending", "claiming", "warning", which say something ("In defending his record, the senator offered …").
     */
    private static final Set<String> OCCASIONS = Stream.concat(Gazetteer.words("/extract/speaking-frames.tsv").stream(),
            Stream.of("respond", "reply", "point")).collect(Collectors.toUnmodifiableSet());

    private ParticipleBeforeItsVerb() {
    }

    /** Whether the words {@code first..last} read for the speech verb at {@code cue} hold the verb it hangs on. */
    static boolean holdsItsVerb(Analysis a, int cue, int first, int last) {
        int head = a.head(cue);
        String tag = a.token(cue).tag();
        if (!(tag.equals("VBG") || tag.equals("VBN")) || !(bareBeforeItsVerb(a, cue) || openingDep(a, cue))
                || head < first || head > last) {
            return false;
        }
        // "As reported by the paper, the mayor …": an as-clause does report the clause it hangs on.
        return a.children(cue, "mark").stream().noneMatch(m -> a.token(m).word().equalsIgnoreCase("as"));
    }

    /**
     * Whether the participle at {@code cue} opens a phrase that hangs on a speech verb after it, with no subject of
     * its own ("Speaking on television on Monday, the mayor said …", "Pointing to the polls, she told reporters
     * that …"): it says where, or in answer to what, the main verb's speaker spoke, and what was said is the main
     * verb's. {@link ParticipleCueSieve} (rule {@code participle-fronted}) and {@link ObjectTopicSieve} leave it.
     */
    static boolean occasion(Analysis a, SpeechLexicon lexicon, int cue) {
        int head = a.head(cue);
        return OCCASIONS.contains(a.token(cue).lowerLemma()) && a.token(cue).tag().equals("VBG")
                && (bareBeforeItsVerb(a, cue) || openingDep(a, cue))
                && a.children(cue, "ccomp").isEmpty() // "Claiming the tax was rigged, she told …" says something
                && a.token(head).tag().startsWith("VB") && lexicon.verb(a.token(head).lemma()) != null;
    }

    /**
     * Whether the participle at {@code cue} opens its sentence and the parse hangs it on a verb after it as an
     * unlabelled {@code dep}, with no subject or auxiliary of its own: CoreNLP labels many fronted participles so
     * ("Speaking on a radio show last week, the mayor said …"), not {@code advcl}. Only a phrase that opens the
     * sentence: a participle {@code dep} in mid-sentence ("…, saying the fund was empty") is often a trailing one
     * that does report what follows it (counted there too, 2 reported attributions were lost on all train).
     */
    private static boolean openingDep(Analysis a, int cue) {
        return a.head(cue) > cue && "dep".equals(VerbCueSieve.base(a.relation(cue)))
                && a.children(cue, "nsubj").isEmpty() && a.children(cue, "aux").isEmpty()
                && a.subtree(cue)[0] == a.sentences().get(a.sentenceOf(cue)).first();
    }

    /**
     * Whether the verb at {@code cue} heads an adverbial clause (UD {@code advcl}) of a verb after it, with no subject
     * or auxiliary of its own: "While the mayor has said …, the council …" is a clause of its own, not a phrase.
     */
    private static boolean bareBeforeItsVerb(Analysis a, int cue) {
        return a.head(cue) > cue && "advcl".equals(VerbCueSieve.base(a.relation(cue)))
                && a.children(cue, "nsubj").isEmpty() && a.children(cue, "aux").isEmpty();
    }
}
