package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with a speaker's label and a colon: a headline ("Jane Roe: The Budget Is Dead"), a transcript
 * ("ROE: We will not back down.") or a roundup ("Jane Roe, Twitter: …"). The rest of the paragraph is the labelled
 * speaker's. The label must name someone the article names (a name, or a capitalised surname of one); a label such
 * as "Update:" or "Poll:" names nobody and makes nothing. Words in quotation marks attribute that quotation; words
 * without them (a headline's summary) are a statement that is not verbatim.
 */
final class SpeakerLabelSieve extends TextSieve {

    /**
     * Rule bulleted-label: a list item's bullet before the label ("• Mayor Jo Roe: “…”", "- Jo Roe, treasurer: “…”"),
     * as a roundup of reactions sets its labels out; the bullet is layout, the label after it the speaker's.
     */
    private static final String BULLET = "(?:[•·▪●◦*]\\s*|[-–—]\\s+)?";
    /**
     * A party label after the name: "Gov. Jane Roe (D)", "Sen. Jane Roe (R-Neb.)", or set off by commas, as wire style
     * has it: "Sen. Jane Roe, D-Ore., on Twitter: …" (rule party-after-comma).
     */
    private static final String PARTY = "(?:\\s*\\((?:[DRI]|Ind\\.?)(?:-[\\p{Lu}][\\p{L}.]{0,12})?\\)"
            + "|,\\s*(?:[DRI]|Ind\\.?)-[\\p{Lu}][\\p{L}.]{0,12})?";
    private static final Pattern LABEL = Pattern.compile("^" + BULLET + "[\"“]?\\s*(\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)"
            + PARTY
            // where the words appeared: "Twitter", "in a statement", "on local radio", "to reporters"
            + "(?:,\\s*(?:Twitter|Facebook|Instagram|Fox News|CNN|MSNBC|(?:in|on|to)\\s+\\p{Ll}[\\p{L} '’-]{1,30}?))?"
            + "\\s*:\\s+(?=\\S)");
    /**
     * A roundup's label with who the speaker is after the name, then a quotation: "Jane Roe, campaign manager: “…”",
     * "The Harbour Gazette, editorial: “…”", "Prof. Jane Roe, Lakeside University: “…”", "Jo Roe, president of the
     * Eastside Tenants Association: “…”" (rule title-of-organization: a title and the organization it is held in, up
     * to seven words; five cut it off). Up to seven words of description, with no quotation mark and not a relative clause ("Jane Roe, whose book …:"); the quotation
     * must open right after the colon, so that a colon inside narration ("Then, later that month on television: …")
     * is not read as a label.
     */
    private static final Pattern ROUNDUP = Pattern.compile("^\\s*" + BULLET + "(\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)"
            + PARTY
            + ",\\s*(?!(?:who|whose|which|that|where|when)\\b)\\p{L}[\\p{L}.&'’\\-]*(?:\\s+[\\p{L}.&'’\\-]+){0,6}"
            + "\\s*:\\s+(?=[\"“‘])");

    /** The roles that label a transcript's turns in place of a name: "HOST:", "MODERATOR:" (rule transcript-role). */
    private static final Set<String> ROLES = Gazetteer.words("/extract/transcript-roles.tsv");

    @Override
    TextSieve fresh() {
        return new SpeakerLabelSieve();
    }

    @Override
    List<Found> read(Draft draft) {
        List<Found> out = new ArrayList<>();
        List<TextLayout.Range> paragraphs = layout.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TextLayout.Range p = paragraphs.get(i);
            Matcher m = labelOf(text.substring(p.start(), p.end()));
            if (m == null) {
                continue;
            }
            int labelStart = p.start() + m.start(1);
            int labelEnd = p.start() + m.end(1);
            String speaker = speaker(labelStart, labelEnd, m.group(1).strip());
            String rule = "speaker-label";
            if (speaker == null && role(m.group(1).strip()) && turns(paragraphs, i)) {
                speaker = resolver.described(m.group(1).strip().toLowerCase(Locale.ROOT), EntityType.PERSON);
                rule = "transcript-role";
            }
            int start = p.start() + m.end();
            int end = p.end();
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || Quotes.isMark(text.charAt(end - 1)))) {
                end--;
            }
            if (speaker == null || text.substring(start, end).split("\\s+").length < 3) {
                continue;
            }
            out.add(labelled(text, quotes, start, end, speaker, rule, 0.7).cue(labelStart, labelEnd));
        }
        return out;
    }

    /**
     * The labelled words {@code [start, end)} as {@code speaker}'s: the quotation that covers them ("“ROE: …") or
     * opens right after the colon ("Roe: “…”"), attributed at {@code confidence}; else a statement that is not
     * verbatim, at a tenth less.
     */
    static Found labelled(String text, List<Quote> quotes, int start, int end, String speaker, String rule,
                          double confidence) {
        Quote quote = quotes.stream().filter(q -> !q.nested() && (q.start() <= start && start < q.end()
                || q.open() == start)).findFirst().orElse(null);
        if (quote == null || quote.open() == start && words(text, quote, end)) {
            return Found.of(start, end, false, speaker, Act.STATEMENT, rule, confidence - 0.1);
        }
        Found f = Found.of(quote.start(), quote.end(), true, speaker, Act.STATEMENT, rule, confidence);
        f.quoteOnly = true;
        return f;
    }

    /**
     * Whether the labelled words go on after the quotation that opens them ("Roe: “No Deal” Before the Vote"): then
     * the quotation is a fragment of the labelled words, which are the statement as a whole (PolNeAR's content runs to
     * the end of the line; on all 840 train articles 3 more attributions found, none lost).
     */
    private static boolean words(String text, Quote quote, int end) {
        return quote.after() < end && text.substring(quote.after(), end).chars().anyMatch(Character::isLetter);
    }

    /**
     * The first person or organization with an entity named within {@code [start, end)}, or null; but a person named
     * in full (two words or more) comes before an organization (rule label-person-first): in "Transportation Secretary
     * Ben Adair:" the tagger may take the department's word for an organization, and the label names the secretary.
     * A one-word person ("CNN President:") does not: it may be a title the resolver took for someone.
     */
    static String named(ArticleEntities entities, String text, int start, int end) {
        String first = null;
        for (Mention m : entities.within(start, end)) {
            if (m.entity() == null || m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.ORGANIZATION) {
                continue;
            }
            if (m.kind() == Mention.Kind.PERSON && text.substring(m.start(), m.end()).strip().contains(" ")) {
                return m.entity();
            }
            if (first == null) {
                first = m.entity();
            }
        }
        return first;
    }

    /**
     * Rule transcript-role: whether a label is a transcript's role ("HOST", "Moderator") rather than a name; its turn
     * is the words of that role's holder, whom the transcript does not name ({@code transcript-roles.tsv}).
     */
    private static boolean role(String label) {
        return ROLES.contains(label.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the paragraph at {@code i} is a transcript's turn: the paragraph before or after it opens with a label
     * too, as turns follow one another ("HOST: …" then "ROE: …"); a single "Reporter: …" line is a heading.
     */
    private boolean turns(List<TextLayout.Range> paragraphs, int i) {
        return i > 0 && opensWithLabel(text.substring(paragraphs.get(i - 1).start(), paragraphs.get(i - 1).end()))
                || i + 1 < paragraphs.size() && opensWithLabel(text.substring(paragraphs.get(i + 1).start(),
                paragraphs.get(i + 1).end()));
    }

    /**
     * Whether a paragraph's text opens with a speaker's label ("“ROE: …", "Jane Roe: …"), whether or not the label
     * names someone the article names: a transcript's next turn.
     */
    static boolean opensWithLabel(String paragraph) {
        return labelOf(paragraph) != null;
    }

    /** The paragraph's label, a transcript's or headline's ({@link #LABEL}) or a roundup's ({@link #ROUNDUP}). */
    private static Matcher labelOf(String paragraph) {
        for (Pattern p : List.of(LABEL, ROUNDUP)) {
            Matcher m = p.matcher(paragraph);
            if (m.lookingAt() && label(m.group(1).strip())) {
                return m;
            }
        }
        return null;
    }

    /** Up to four words, each capitalised: "Jane Roe", "ROE"; not "Jane Roe said" (read by {@link ColonBlockSieve}). */
    private static boolean label(String label) {
        String[] words = label.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule label-full-name: a label of several words that is, letter for letter, the full name of a person or
     * organization the article names elsewhere ("Jane Roe: I Might Run Again"), where the tagger found no name in
     * the label itself (a title-case headline); else null.
     */
    private String fullName(String label) {
        for (LinkedEntity e : entities.entities.values()) {
            if ((e.type == EntityType.PERSON || e.type == EntityType.ORGANIZATION) && label.equalsIgnoreCase(e.name)) {
                return e.id;
            }
        }
        return null;
    }

    /** Whether a name's words before its surname are only a title: "Governor Roe", "Sen. Roe", "Mr. Roe". */
    private static boolean titleOnly(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].replaceAll("[.]", "");
            if (!Lexicon.ROLE_HEADS.contains(w) && !java.util.Set.of("mr", "mrs", "ms", "dr", "gov", "sen", "rep",
                    "gen", "lt", "sgt", "prof").contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The person or organization the label names: a name mention inside it, else a person whose surname it is. */
    private String speaker(int start, int end, String label) {
        String named = named(entities, text, start, end);
        if (named != null) {
            return named;
        }
        if (label.contains(" ")) {
            return fullName(label);
        }
        String surname = label.toLowerCase(Locale.ROOT);
        String found = null;
        for (LinkedEntity e : entities.entities.values()) {
            if (e.type == EntityType.PERSON && e.name != null) {
                String[] words = e.name.toLowerCase(Locale.ROOT).split("\\s+");
                // "Governor Roe" beside "Jane Roe" is the same person under a title, not a second one.
                if (words.length > 1 && words[words.length - 1].equals(surname) && !titleOnly(words)) {
                    if (found != null && !found.equals(e.id)) {
                        return null; // two people share the surname: the label does not say which
                    }
                    found = e.id;
                }
            }
        }
        return found;
    }
}
