package org.saidgraph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * An article's brat gold, each attribution classified (direct, indirect, other) and its source resolved to whom it
 * refers. Attributions without content are left out: there is nothing to find.
 */
public record BratGold(String text, List<GoldAttribution> attributions) {

    public static BratGold read(Path ann, String text) {
        return of(text, new BratReader().read(ann, text));
    }

    public static BratGold of(String text, List<BratAttribution> raw) {
        List<BratAttribution> withContent = raw.stream().filter(a -> !a.content().isEmpty()).toList();
        BitSet quoted = quoted(text);
        ArticleWords words = new ArticleWords(text);
        GoldSources sources = new GoldSources(text, withContent, words);
        List<GoldAttribution> out = new ArrayList<>();
        for (BratAttribution a : withContent) {
            GoldAttribution.Kind kind = quotedWords(text, a, quoted) >= 3 ? GoldAttribution.Kind.DIRECT
                    : SpeechCues.isSpeech(BratAttribution.text(text, a.cue())) ? GoldAttribution.Kind.INDIRECT
                    : GoldAttribution.Kind.OTHER;
            out.add(new GoldAttribution(a, kind, sources.resolve(a)));
        }
        return new BratGold(text, out);
    }

    /** Words of the content that stand between double quotation marks. */
    static int quotedWords(String text, BratAttribution a, BitSet quoted) {
        int n = 0;
        for (BratAttribution.Span s : a.content()) {
            Matcher m = ArticleWords.WORD.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (quoted.get(m.start())) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Characters inside double quotation marks, paragraph by paragraph: curly marks open and close, a straight mark
     * (or two apostrophes, as some newspapers print it) toggles, and a quotation still open at the end of its paragraph ends there (news reopens it in the next).
     */
    static BitSet quoted(String text) {
        BitSet out = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    out.set(open, i);
                }
                open = -1;
            } else if (c == '“' || c == '«' || c == '„') {
                open = i + 1;
            } else if ((c == '”' || c == '»') && open >= 0) {
                out.set(open, i);
                open = -1;
            } else if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                open = i + 2; // ``…'' as some newspapers print quotes
                i++;
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                if (open >= 0) {
                    out.set(open, i);
                    open = -1;
                } else {
                    open = i + 2;
                }
                i++;
            } else if (c == '"') {
                if (open >= 0) {
                    out.set(open, i);
                    open = -1;
                } else {
                    open = i + 1;
                }
            }
        }
        if (open >= 0) {
            out.set(open, text.length());
        }
        return out;
    }
}
