package org.saidgraph.extract;

/**
 * Rule {@code attributive-participle}: a speech verb's past form between a number or a possessive and a plural noun
 * is an adjective of that noun, not a verb with its words: "the county's pledged delegates", "412 pledged
 * delegates remain in play" (the tagger and parser read "pledged" as the verb and the noun phrase after it as
 * what was pledged). Dropped when the statement begins with the plural noun right after the participle. A number as
 * the subject of a verb with a clause ("4 in 10 said voters …") has a singular noun or another word after it. On all
 * of PolNeAR train (session 18) six statements of this shape, none of them an attribution.
 */
final class AttributiveParticiple implements NotSpeechFilters.Filter {

    @Override
    public String name() {
        return "attributive-participle";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = NotSpeechFilters.reportedCueBefore(draft, f);
        int first = a.tokenAt(f.start);
        if (cue < 1 || first != cue + 1) {
            return false;
        }
        String tag = a.token(cue).tag();
        String before = a.token(cue - 1).tag();
        return ("VBD".equals(tag) || "VBN".equals(tag)) && ("CD".equals(before) || "POS".equals(before))
                && "NNS".equals(a.token(first).tag());
    }
}
