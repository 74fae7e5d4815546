package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline "Label: words" (rule {@code headline-label}): the words after the colon are the label's — "Poll: Voters
 * Turn to the Challenger", "Jane Roe on the Budget: ‘It Is Dead’", "A Lesson From Jane Roe: …". Only the article's
 * first paragraph, where PolNeAR's annotators attribute such headlines (82 of the 132 colon headlines of train), and
 * only what {@link SpeakerLabelSieve} left: labels longer than a name, or naming no one the article names. The speaker
 * is the first person or organization the label names, else a one-word label itself ("Poll", "Politifact") as an
 * organization; labels that name no speaker ("The Latest", "Breaking") are read from {@code headline-labels.tsv}.
 */
final class HeadlineLabelSieve extends TextSieve {

    private static final Pattern LABEL = Pattern.compile("^[\"“‘']?\\s*(\\p{Lu}[^:\\n]{0,60}?)\\s*:\\s+(?=\\S)");
    private static final int MAX_LABEL_WORDS = 8;
    private static final int MIN_WORDS = 3;
    /** Labels that name no speaker ("The Latest", "Breaking"), lower case. */
    private static final Set<String> NOT_SPEAKERS = Gazetteer.words("/extract/headline-labels.tsv");

    @Override
    TextSieve fresh() {
        return new HeadlineLabelSieve();
    }

    @Override
    List<Found> read(Draft draft) {
        List<Found> out = new ArrayList<>();
        if (layout.headline().isEmpty()) {
            return out;
        }
        TextLayout.Range headline = layout.headline().get();
        Matcher m = LABEL.matcher(text.substring(headline.start(), headline.end()));
        if (!m.lookingAt()) {
            return out;
        }
        String label = m.group(1).strip();
        // "Jane Roe and John Doe: A Long Rivalry": a label of two people heads a story about them, not their words.
        if (label.split("\\s+").length > MAX_LABEL_WORDS || label.matches(".*\\s(?:and|&)\\s.*")
                || NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
            return out;
        }
        int labelStart = headline.start() + m.start(1);
        int labelEnd = headline.start() + m.end(1);
        int start = headline.start() + m.end();
        int end = headline.end();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        if (text.substring(start, end).split("\\s+").length < MIN_WORDS || draft.cueTaken(labelStart)
                || covered(draft, start, end)) {
            return out;
        }
        String speaker = speaker(labelStart, labelEnd, label);
        if (speaker == null) {
            return out;
        }
        out.add(SpeakerLabelSieve.labelled(text, quotes, start, end, speaker, "headline-label", 0.6)
                .cue(labelStart, labelEnd));
        return out;
    }

    /** The first person or organization named in the label, else a one-word label as an organization, else null. */
    private String speaker(int start, int end, String label) {
        String named = SpeakerLabelSieve.named(entities, text, start, end);
        if (named != null) {
            return named;
        }
        return label.matches("\\p{Lu}[\\p{L}-]+") ? resolver.unnamed(label, EntityType.ORGANIZATION) : null;
    }

    private static boolean covered(Draft draft, int start, int end) {
        return draft.statements.stream().anyMatch(f -> f.start < end && start < f.end);
    }
}
