package org.saidgraph.extract;

import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Passages;
import org.saidgraph.dataset.Statement;
import org.saidgraph.extract.dates.StatementDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's plain text into a draft dataset ({@code origin: extracted}, a confidence on every item): every
 * quotation and every reported statement, each with its speaker, relays, hearer, replies, denials, mentions and the
 * stance it takes on territories where the text states one. Thread-safe: all per-article state lives in locals.
 */
public final class Extractor {

    private static final Pattern REPLY_CUE = Pattern.compile("\\b(?:in response|responded|responding|replied|replying"
            + "|in reply|hit back|hitting back|retorted|fired back|shot back|answered|response to|reply to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_TARGET = Pattern.compile("\\b(?:response|responded|reply|replied|replying|"
            + "responding)\\s+to\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–—•*·]|\\d{1,2}[.)])\\s+");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("\\s*(?:(?i:his|her|their|its|the|a|an)\\s+)?");
    private static final Pattern DEAR = Pattern.compile("\\bDear\\s+");
    private static final Pattern AFTER_VERB_BEFORE_QUOTE = Pattern.compile("(?:\\s+(?:in response|in reply|back|again|on Twitter|on Telegram|in a (?:tweet|post|statement|video"
            + "|message)|to reporters|to journalists|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*\\s*[:,]?\\s*");

    private final NameTagger tagger;
    private final Gazetteer gazetteer;
    private final EntityLinker linker;

    public Extractor(NameTagger tagger, Gazetteer gazetteer) {
        this.tagger = tagger;
        this.gazetteer = gazetteer;
        this.linker = new EntityLinker(gazetteer, institutions());
    }

    /** The institutions that ship with the project (Kremlin, White House, NATO, news agencies, …). */
    static List<KnownEntity> institutions() {
        List<KnownEntity> list = new ArrayList<>();
        for (String[] row : Gazetteer.rows("/extract/organizations.tsv")) {
            list.add(new KnownEntity(EntityType.ORGANIZATION, row[0], row[1], Gazetteer.split(Gazetteer.col(row, 3),
                    ","), row[2], null, List.of()));
        }
        return list;
    }

    public Dataset extract(ArticleInput input, KnownEntities known) {
        String text = input.text();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the article text is empty");
        }
        TextLayout layout = new TextLayout(text);
        List<Quote> quotes = new QuoteFinder().find(text, layout);
        ArticleEntities entities = linker.link(text, tagger.tag(text), known.all());
        SpeakerResolver resolver = new SpeakerResolver(text, layout, entities, quotes, linker);
        List<Found> reported = new ReportedSpeechFinder(text, layout, entities, resolver, quotes).find();

        List<Found> quoteAttributions = reported.stream().filter(f -> "quote-attribution".equals(f.act)).toList();
        List<Found> statements = new ArrayList<>(reported.stream()
                .filter(f -> !"quote-attribution".equals(f.act)).toList());
        mediaSources(text, layout, statements, entities);
        relays(statements);
        attributeQuotes(text, layout, quotes, statements, quoteAttributions, resolver, entities);
        colonBlocks(text, layout, quotes, statements, resolver);
        statements.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> -f.end));
        statements.removeIf(f -> f.speaker == null);
        dedupe(statements);
        dropBareRelays(text, statements);
        relations(text, layout, statements, entities, resolver);
        return dataset(input, text, layout, statements, entities);
    }

    /**
     * "Peskov said the talks were over, according to Reuters": an outlet named by "according to" relays what someone
     * else in the sentence said, rather than speaking itself.
     */
    private static void mediaSources(String text, TextLayout layout, List<Found> statements,
                                     ArticleEntities entities) {
        List<Found> relayed = new ArrayList<>();
        for (Found source : statements) {
            LinkedEntity outlet = entities.get(source.speaker);
            if (source.cue < 0 || !text.regionMatches(true, source.cue, "according to", 0, 12) || outlet == null
                    || !"media".equals(outlet.kind)) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(source.cue);
            for (Found other : statements) {
                if (other != source && other.cue >= sentence.start() && other.cue < sentence.end()
                        && !other.reportedBy.contains(outlet.id)) {
                    other.reportedBy.add(outlet.id);
                    relayed.add(source);
                }
            }
        }
        statements.removeAll(relayed);
    }

    /** A statement whose verb lies inside another's clause is relayed by that statement's speaker. */
    private static void relays(List<Found> statements) {
        for (Found inner : statements) {
            Found outer = null;
            for (Found f : statements) {
                // Each inside the other's clause would make a cycle: neither then relays the other.
                boolean mutual = f.cue >= inner.start && f.cue < inner.end;
                if (f != inner && !f.verbatim && f.start <= inner.cue && inner.cue < f.end && !mutual
                        && (outer == null || f.start >= outer.start)) {
                    outer = f;
                }
            }
            if (outer != null) {
                if (!outer.speaker.equals(inner.speaker)) {
                    inner.reportedBy.add(outer.speaker);
                }
                outer.reportedBy.stream().filter(r -> !r.equals(inner.speaker) && !inner.reportedBy.contains(r))
                        .forEach(inner.reportedBy::add);
                if (outer.reports == null) {
                    outer.reports = inner;
                }
            }
        }
    }

    private void attributeQuotes(String text, TextLayout layout, List<Quote> quotes, List<Found> statements,
                                 List<Found> attributions, SpeakerResolver resolver, ArticleEntities entities) {
        Found previousQuote = null;
        List<Found> made = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.nested()) {
                continue;
            }
            Found f = new Found(q.start(), q.end(), true);
            String lastSpeaker = lastSpeakerBefore(statements, made, q.open());
            Found direct = attributions.stream().filter(a -> a.start == q.start()).findFirst().orElse(null);
            Found cover = innermostCovering(statements, q);
            if (direct != null) {
                f.speaker = direct.speaker;
                f.reportedBy.addAll(direct.reportedBy);
                f.cue = direct.cue;
                f.cueEnd = direct.cueEnd;
                f.act = ReportedSpeechFinder.actOf(text.substring(direct.cue, direct.cueEnd));
                f.confidence = direct.confidence + 0.1;
                // A quotation introduced inside someone's reported clause is relayed by that someone.
                Found outer = innermostCoveringCue(statements, direct.cue);
                if (outer != null) {
                    if (!outer.speaker.equals(f.speaker) && !f.reportedBy.contains(outer.speaker)) {
                        f.reportedBy.add(outer.speaker);
                    }
                    outer.reportedBy.stream().filter(r -> !r.equals(f.speaker) && !f.reportedBy.contains(r))
                            .forEach(f.reportedBy::add);
                }
            } else if (cover != null) {
                f.speaker = cover.speaker;
                f.reportedBy.addAll(cover.reportedBy);
                f.act = cover.act;
                f.cue = cover.cue;
                f.cueEnd = cover.cueEnd;
                f.confidence = cover.confidence;
            } else if (!attributeAfter(text, layout, q, f, resolver, lastSpeaker)
                    && !attributeBefore(text, layout, quotes, q, f, resolver, lastSpeaker)) {
                carryOver(text, layout, q, f, previousQuote, statements, lastSpeaker);
            }
            if (f.speaker == null && f.cue >= 0) {
                f.speaker = resolver.salientPerson(f.cue);
                f.confidence = 0.3;
            }
            if (f.act == null || "statement".equals(f.act) || "quote-attribution".equals(f.act)) {
                f.act = text.substring(q.start(), q.end()).strip().endsWith("?") ? "question"
                        : f.act == null || "quote-attribution".equals(f.act) ? "statement" : f.act;
            }
            made.add(f);
            previousQuote = f;
            for (Quote n : quotes) {
                if (n.nested() && n.start() >= q.start() && n.end() <= q.end()) {
                    Found term = new Found(n.start(), n.end(), true);
                    term.speaker = f.speaker;
                    term.reportedBy.addAll(f.reportedBy);
                    term.act = "statement";
                    term.confidence = 0.3;
                    term.nestedTerm = true;
                    term.cue = f.cue;
                    term.cueEnd = f.cueEnd;
                    made.add(term);
                }
            }
        }
        statements.addAll(made);
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || Quotes.isDoubleOpener(c) || Quotes.isDoubleCloser(c);
    }

    private static String lastSpeakerBefore(List<Found> statements, List<Found> made, int pos) {
        Found last = null;
        for (List<Found> list : List.of(statements, made)) {
            for (Found f : list) {
                if (f.start < pos && f.speaker != null && (last == null || f.start > last.start)) {
                    last = f;
                }
            }
        }
        return last == null ? null : last.speaker;
    }

    private static Found innermostCovering(List<Found> statements, Quote q) {
        Found best = null;
        for (Found f : statements) {
            if (!f.verbatim && f.start < q.open() && q.end() <= f.end + 1 && (best == null || f.start >= best.start)) {
                best = f;
            }
        }
        return best;
    }

    private static Found innermostCoveringCue(List<Found> statements, int cue) {
        Found best = null;
        for (Found f : statements) {
            if (!f.verbatim && f.start <= cue && cue < f.end && (best == null || f.start >= best.start)) {
                best = f;
            }
        }
        return best;
    }

    /** "…,” Zelenskyy said. / …,” said the president. / …,” he said. */
    private boolean attributeAfter(String text, TextLayout layout, Quote q, Found f, SpeakerResolver resolver,
                                   String lastSpeaker) {
        int from = q.after();
        TextLayout.Range paragraph = layout.paragraphAt(q.start());
        if (from >= paragraph.end()) {
            return false;
        }
        int limit = Math.min(paragraph.end(), Math.max(layout.sentenceAt(from).end(), from + 1));
        int nextMark = from;
        while (nextMark < limit && !isDoubleMark(text.charAt(nextMark))) {
            nextMark++;
        }
        String after = text.substring(from, nextMark);
        Matcher lead = Pattern.compile("^[\\s,.;:!?—–-]*").matcher(after);
        int p = from + (lead.find() ? lead.end() : 0);
        if (text.startsWith("according to ", p)) {
            // "…," according to Anna Lysenko.
            Mention source = resolver.subjectAfter(p + "according to".length());
            String speaker = source == null ? null : resolver.resolve(source, lastSpeaker);
            if (speaker != null) {
                f.speaker = speaker;
                f.cue = p;
                f.cueEnd = p + "according to".length();
                f.act = "statement";
                f.confidence = 0.8;
                return true;
            }
        }
        Matcher v = ReportedSpeechFinder.verbs(text.substring(p, nextMark));
        if (!v.find()) {
            return false;
        }
        int verbStart = p + v.start();
        int verbEnd = p + v.end();
        Mention subject = null;
        if (v.start() == 0) {
            subject = resolver.subjectAfter(verbEnd);
        } else {
            Mention s = resolver.subjectBefore(verbStart, from);
            if (s != null && s.titleStart() >= p && LEADING_DETERMINER.matcher(text.substring(p, s.titleStart()))
                    .matches()) {
                subject = s;
            }
        }
        return assign(f, subject, text, verbStart, verbEnd, resolver, lastSpeaker, 0.9, 0.8);
    }

    /** He tweeted: “…” / The minister replied, "…" / …," Sokolov said, "…" */
    private boolean attributeBefore(String text, TextLayout layout, List<Quote> quotes, Quote q, Found f,
                                    SpeakerResolver resolver, String lastSpeaker) {
        TextLayout.Range sentence = layout.sentenceAt(q.open());
        int from = sentence.start();
        for (Quote o : quotes) {
            if (!o.nested() && o.after() <= q.open() && o.after() > from) {
                from = o.after();
            }
        }
        if (from >= q.open() || text.substring(from, q.open()).isBlank()) {
            // "Zelenskyy said:" ending the paragraph before one that opens with the quotation.
            int paragraph = layout.paragraphIndex(q.open());
            if (paragraph == 0 || layout.paragraphs().get(paragraph).start() != q.open()) {
                return false;
            }
            TextLayout.Range previous = layout.paragraphs().get(paragraph - 1);
            if (text.charAt(previous.end() - 1) != ':') {
                return false;
            }
            sentence = layout.sentenceAt(previous.end() - 1);
            from = sentence.start();
            String lead = text.substring(from, previous.end());
            return attributeFrom(text, lead, from, sentence, f, resolver, lastSpeaker);
        }
        return attributeFrom(text, text.substring(from, q.open()), from, sentence, f, resolver, lastSpeaker);
    }

    private boolean attributeFrom(String text, String before, int from, TextLayout.Range sentence, Found f,
                                  SpeakerResolver resolver, String lastSpeaker) {
        Matcher v = ReportedSpeechFinder.verbs(before);
        int verbStart = -1;
        int verbEnd = -1;
        while (v.find()) {
            if (AFTER_VERB_BEFORE_QUOTE.matcher(before.substring(v.end())).matches()) {
                verbStart = from + v.start();
                verbEnd = from + v.end();
            }
        }
        if (verbStart < 0) {
            return false;
        }
        Mention subject = resolver.subjectBefore(verbStart, from);
        if (subject == null) {
            subject = resolver.sentenceSubject(sentence, verbStart);
        }
        return assign(f, subject, text, verbStart, verbEnd, resolver, lastSpeaker, 0.85, 0.75);
    }

    /**
     * Resolves the subject of an attribution verb to a speaker and records it with the verb as the cue; a named
     * person earns more confidence than a description or pronoun. False when no speaker can be resolved.
     */
    private static boolean assign(Found f, Mention subject, String text, int verbStart, int verbEnd,
                                  SpeakerResolver resolver, String lastSpeaker, double namedConfidence,
                                  double otherConfidence) {
        if (subject == null) {
            return false;
        }
        String speaker = resolver.resolve(subject, lastSpeaker);
        if (speaker == null && subject.kind() == Mention.Kind.DESCRIPTION) {
            speaker = resolver.salientPerson(verbStart);
        }
        if (speaker == null) {
            return false;
        }
        f.speaker = speaker;
        f.cue = verbStart;
        f.cueEnd = verbEnd;
        f.act = ReportedSpeechFinder.actOf(text.substring(verbStart, verbEnd));
        f.confidence = subject.kind() == Mention.Kind.PERSON ? namedConfidence : otherConfidence;
        return true;
    }

    /** An unattributed quotation continues the speaker of the quotation before it in the paragraph or the last. */
    private void carryOver(String text, TextLayout layout, Quote q, Found f, Found previousQuote,
                           List<Found> statements, String lastSpeaker) {
        int paragraph = layout.paragraphIndex(q.start());
        if (previousQuote != null && previousQuote.speaker != null) {
            int prevParagraph = layout.paragraphIndex(previousQuote.start);
            boolean startsParagraph = layout.paragraphs().get(paragraph).start() == q.open();
            if (prevParagraph == paragraph || (prevParagraph == paragraph - 1 && startsParagraph)) {
                f.speaker = previousQuote.speaker;
                f.reportedBy.addAll(previousQuote.reportedBy);
                f.cue = previousQuote.cue;
                f.cueEnd = previousQuote.cueEnd;
                f.act = previousQuote.act;
                f.confidence = 0.7;
                return;
            }
        }
        TextLayout.Range sentence = layout.sentenceAt(q.open());
        for (Found s : statements) {
            if (s.cue >= sentence.start() && s.cue < sentence.end()) {
                f.speaker = s.speaker;
                f.cue = s.cue;
                f.cueEnd = s.cueEnd;
                f.confidence = 0.5;
                return;
            }
        }
        f.speaker = lastSpeaker;
        f.confidence = 0.3;
    }

    /** "He tweeted: F**k off …" with no quotation marks: the rest of the paragraph, or the next one, is the words. */
    private void colonBlocks(String text, TextLayout layout, List<Quote> quotes, List<Found> statements,
                             SpeakerResolver resolver) {
        Matcher v = ReportedSpeechFinder.verbs(text);
        while (v.find()) {
            int colon = v.end();
            while (colon < text.length() && text.charAt(colon) == ' ') {
                colon++;
            }
            if (colon >= text.length() || text.charAt(colon) != ':' || resolver.insideQuote(v.start())) {
                continue;
            }
            int start = colon + 1;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= text.length() || Quotes.isMark(text.charAt(start))) {
                continue;
            }
            int s0 = start;
            if (quotes.stream().anyMatch(q -> q.open() >= s0 && q.open() < layout.paragraphAt(s0).end())) {
                continue;
            }
            int end = layout.paragraphAt(start).end();
            boolean colonEndsParagraph = layout.paragraphIndex(start) > layout.paragraphIndex(colon);
            if (colonEndsParagraph && LIST_ITEM.matcher(text.substring(start, end)).lookingAt()) {
                // A list set after the colon: every following line that is an item belongs to the words.
                int p = layout.paragraphIndex(start) + 1;
                while (p < layout.paragraphs().size() && LIST_ITEM.matcher(text.substring(
                        layout.paragraphs().get(p).start(), layout.paragraphs().get(p).end())).lookingAt()) {
                    end = layout.paragraphs().get(p).end();
                    p++;
                }
            }
            Mention subject = resolver.subjectBefore(v.start(), layout.sentenceAt(v.start()).start());
            if (subject == null) {
                continue;
            }
            String speaker = resolver.resolve(subject, null);
            if (speaker == null) {
                continue;
            }
            Found f = new Found(start, end, true);
            f.speaker = speaker;
            f.act = ReportedSpeechFinder.actOf(v.group());
            f.cue = v.start();
            f.cueEnd = v.end();
            f.confidence = 0.6;
            statements.add(f);
        }
    }

    /**
     * "Bremmer said that Musk had told him Putin's demands": Bremmer's clause is nothing but Musk's statement, which
     * records Bremmer as its relay; one statement by Musk, reported by Bremmer, is what was said, not two.
     */
    private static void dropBareRelays(String text, List<Found> statements) {
        Set<Found> bare = new java.util.HashSet<>();
        for (Found outer : statements) {
            Found inner = outer.reports;
            if (outer.verbatim || inner == null || inner.verbatim || inner.end != outer.end || inner.cue < outer.start
                    || inner.cue - outer.start > 60 || !statements.contains(inner)
                    || !inner.reportedBy.contains(outer.speaker)) {
                continue;
            }
            String lead = text.substring(outer.start, inner.cue);
            if (lead.chars().noneMatch(c -> c == ',' || c == ';' || isDoubleMark((char) c))) {
                bare.add(outer);
            }
        }
        statements.removeAll(bare);
        for (Found f : statements) {
            while (f.reports != null && bare.contains(f.reports)) {
                f.reports = f.reports.reports; // what a dropped relay reported is what this one reports
            }
        }
    }

    private static void dedupe(List<Found> statements) {
        Set<String> seen = new LinkedHashSet<>();
        statements.removeIf(f -> !seen.add(f.start + ":" + f.end + ":" + f.verbatim));
    }

    private void relations(String text, TextLayout layout, List<Found> statements, ArticleEntities entities,
                           SpeakerResolver resolver) {
        Found lastReply = null;
        for (int i = 0; i < statements.size(); i++) {
            Found f = statements.get(i);
            TextLayout.Range sentence = layout.sentenceAt(f.cue >= 0 ? f.cue : f.start);
            String context = text.substring(sentence.start(), sentence.end());
            String words = text.substring(f.start, f.end);
            f.medium = medium(context, f.cue >= 0 ? text.substring(f.cue, f.cueEnd) : "");
            // Answers to a question put to the speaker.
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                Found q = statements.get(j);
                if ("question".equals(q.act) && q.addressedTo.contains(f.speaker)) {
                    f.respondsTo = q;
                    break;
                }
            }
            boolean reaction = f.cue > f.start && f.cue < f.end && !f.verbatim
                    && Set.of("condemnation", "criticism", "praise", "reply").contains(f.act);
            boolean cue = reaction || REPLY_CUE.matcher(outside(context, sentence.start(), f)).find()
                    || REPLY_CUE.matcher(words).find() && HANDLE.matcher(words).find();
            if (f.respondsTo == null && cue) {
                f.respondsTo = replyTarget(text, sentence, f, statements, i, entities, lastReply);
                if (f.respondsTo != null) {
                    lastReply = f;
                    if (!"question".equals(f.act) && "statement".equals(f.act)) {
                        f.act = "reply";
                    }
                }
            }
            if ("denial".equals(f.act)) {
                f.denies = latestClaim(statements, f, i);
            }
            // Hearers: "told the minister", "asked Sokolov", @handles and "Dear X" inside the words.
            if (f.cue >= 0) {
                String verb = text.substring(f.cue, f.cueEnd).toLowerCase(Locale.ROOT);
                if (Lexicon.HEARER_VERBS.contains(verb)) {
                    int p = f.cueEnd;
                    String after = text.substring(p, Math.min(text.length(), p + 5));
                    int skip = after.startsWith(" the ") ? 4 : 0;
                    entities.mentions.stream().filter(m -> m.canSpeak() && m.titleStart() >= p
                                    && m.titleStart() <= p + 1 + skip)
                            .findFirst().ifPresent(m -> {
                                String id = resolver.resolve(m, null);
                                LinkedEntity hearer = entities.get(id);
                                if (id == null || id.equals(f.speaker)) {
                                    return;
                                }
                                // "told the BBC", "told Reuters": the outlet relays the words to the reader.
                                if (hearer != null && "media".equals(hearer.kind)) {
                                    if (!f.reportedBy.contains(id)) {
                                        f.reportedBy.add(id);
                                    }
                                } else {
                                    f.addressedTo.add(id);
                                }
                            });
                }
            }
            Matcher h = HANDLE.matcher(words);
            while (h.find()) {
                int hs = f.start + h.start();
                entities.mentions.stream().filter(m -> m.start() == hs && m.entity() != null).findFirst()
                        .ifPresent(m -> {
                            if (!f.addressedTo.contains(m.entity()) && !m.entity().equals(f.speaker)) {
                                f.addressedTo.add(m.entity());
                            }
                        });
            }
            Matcher d = DEAR.matcher(words);
            while (d.find()) {
                int ds = f.start + d.end();
                entities.mentions.stream().filter(m -> m.start() == ds && m.entity() != null).findFirst()
                        .ifPresent(m -> {
                            if (!f.addressedTo.contains(m.entity()) && !m.entity().equals(f.speaker)) {
                                f.addressedTo.add(m.entity());
                            }
                        });
            }
        }
    }

    private static String outside(String context, int offset, Found f) {
        StringBuilder b = new StringBuilder(context);
        for (int i = Math.max(0, f.start - offset); i < Math.min(context.length(), f.end - offset); i++) {
            b.setCharAt(i, ' ');
        }
        return b.toString();
    }

    private Found replyTarget(String text, TextLayout.Range sentence, Found f, List<Found> statements, int index,
                              ArticleEntities entities, Found lastReply) {
        // "in response to Elon Musk's ideas", "responded to the minister", "reply to you @elonmusk"
        Matcher t = REPLY_TARGET.matcher(text.substring(sentence.start(), sentence.end()));
        String target = null;
        if (f.cue > f.start && f.cue < f.end && !f.verbatim) {
            // A reaction ("Musk's suggestions drew criticism from …") answers whoever its subject belongs to.
            // "X offered a sharp response to Y's plan": the subject is the one replying, not the one answered.
            target = entities.mentions.stream().filter(m -> m.start() >= f.start && m.end() <= f.cue
                    && m.kind() == Mention.Kind.PERSON && !f.speaker.equals(m.entity()))
                    .map(Mention::entity).findFirst().orElse(null);
        }
        while (target == null && t.find()) {
            int p = sentence.start() + t.end();
            for (Mention m : entities.mentions) {
                if (m.start() >= p && m.start() <= p + 12 && m.entity() != null && m.personLike() && m.start() < sentence.end()) {
                    target = m.entity();
                    break;
                }
            }
        }
        if (target == null) {
            Matcher h = HANDLE.matcher(text.substring(f.start, f.end));
            while (h.find() && target == null) {
                int hs = f.start + h.start();
                target = entities.mentions.stream().filter(m -> m.start() == hs && m.entity() != null)
                        .map(Mention::entity).findFirst().orElse(null);
            }
        }
        String targetId = target;
        if (targetId != null && !targetId.equals(f.speaker)) {
            Found latest = null;
            for (Found s : statements) {
                if (targetId.equals(s.speaker) && s.start < f.start) {
                    latest = s;
                }
            }
            if (latest == null) {
                latest = statements.stream().filter(s -> s != f && targetId.equals(s.speaker)).findFirst().orElse(null);
            }
            if (latest != null) {
                return latest;
            }
        }
        // Replies in a row answer the same thing, unless this speaker is the one answered.
        if (lastReply != null && lastReply.respondsTo != null && !f.speaker.equals(lastReply.respondsTo.speaker)) {
            return lastReply.respondsTo;
        }
        for (int j = index - 1; j >= 0; j--) {
            Found s = statements.get(j);
            if (!s.speaker.equals(f.speaker) && !s.nestedTerm) {
                return s;
            }
        }
        return null;
    }

    private static Found latestClaim(List<Found> statements, Found denial, int index) {
        for (int j = index - 1; j >= 0; j--) {
            Found s = statements.get(j);
            if ("claim".equals(s.act) && !s.speaker.equals(denial.speaker)) {
                return s;
            }
        }
        for (int j = index + 1; j < statements.size(); j++) {
            Found s = statements.get(j);
            if ("claim".equals(s.act) && !s.speaker.equals(denial.speaker)) {
                return s;
            }
        }
        return null;
    }

    private static String medium(String context, String verb) {
        String c = context.toLowerCase(Locale.ROOT);
        String v = verb.toLowerCase(Locale.ROOT);
        if (c.contains("poll")) {
            return "poll";
        }
        if (v.startsWith("tweet") || c.contains("tweeted") || c.contains(" tweet")) {
            return "tweet";
        }
        if (c.contains("in a statement")) {
            return "statement";
        }
        if (c.contains("interview")) {
            return "interview";
        }
        if (c.contains(" address") || c.contains("speech")) {
            return c.contains("speech") ? "speech" : "address";
        }
        if (c.contains("newsletter") || c.contains("mailout")) {
            return "newsletter";
        }
        if (c.contains("news conference") || c.contains("press conference") || c.contains("told reporters")) {
            return "press-conference";
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------------- dataset

    private Dataset dataset(ArticleInput input, String text, TextLayout layout, List<Found> found,
                            ArticleEntities entities) {
        String title = input.title() != null && !input.title().isBlank() ? input.title().strip() : deriveTitle(input,
                text, layout);
        String articleId = Names.slug(input.title() != null && !input.title().isBlank() ? input.title()
                : input.fileName() != null ? input.fileName().replaceAll("\\.[A-Za-z0-9]+$", "") : title);
        int n = 1;
        for (Found f : found) {
            f.id = articleId + ".s" + String.format(Locale.ROOT, "%02d", n++);
        }
        Set<String> used = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        for (Found f : found) {
            List<Statement.Mention> mentions = mentions(text, f, entities);
            used.add(f.speaker);
            used.addAll(f.reportedBy);
            used.addAll(f.addressedTo);
            mentions.forEach(m -> used.add(m.entity()));
            String date = statedDate(text, f, published(input));
            statements.add(new Statement(f.id, text.substring(f.start, f.end), f.verbatim, f.act, f.medium, date,
                    date == null ? null : Statement.DATE_FROM_TEXT,
                    round(f.confidence), new Statement.Span(f.start, f.end), f.speaker,
                    f.reportedBy.stream().distinct().filter(r -> !r.equals(f.speaker)).toList(),
                    f.reports != null && f.reports != f ? List.of(f.reports.id) : List.of(),
                    f.respondsTo != null && f.respondsTo != f ? List.of(f.respondsTo.id) : List.of(),
                    f.denies != null && f.denies != f ? List.of(f.denies.id) : List.of(),
                    f.addressedTo.stream().distinct().toList(), mentions));
        }
        for (LinkedEntity e : entities.entities.values()) {
            if (e.named && e.type != EntityType.GROUP) {
                used.add(e.id);
            }
        }
        // Roles and parents point at other entities; keep those only when the entity is in the dataset.
        List<Entity> out = new ArrayList<>();
        Map<String, LinkedEntity> byId = new LinkedHashMap<>(entities.entities);
        List<String> present = used.stream().filter(byId::containsKey).toList();
        for (String id : present) {
            out.add(entity(byId.get(id), present));
        }
        return new Dataset(null, Dataset.FORMAT_VERSION, Dataset.EXTRACTED,
                new Article(articleId, title, blankToNull(input.publisher()), blankToNull(input.url()),
                        blankToNull(input.published()), text), out, statements);
    }

    /**
     * The day the sentence around a statement says it was made (on Monday, last week, on Oct. 3), resolved against
     * the published day ({@link StatementDates}); null when it says none. The loader then gives the statement its
     * article's published date, with dateSource published.
     */
    private static String statedDate(String text, Found f, LocalDate published) {
        int[] sentence = Passages.bounds(text, f.start, f.end);
        return StatementDates.resolve(text.substring(sentence[0], sentence[1]), f.start - sentence[0],
                f.end - sentence[0], published).map(r -> r.date().toString()).orElse(null);
    }

    /** The article's published day, or null when it is not given or not an ISO date. */
    private static LocalDate published(ArticleInput input) {
        String published = blankToNull(input.published());
        try {
            return published == null ? null : LocalDate.parse(published.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Entity entity(LinkedEntity e, List<String> present) {
        double confidence = round(e.named ? e.confidence : Math.min(e.confidence, 0.5));
        List<String> aliases = e.aliases.stream().filter(a -> !a.isBlank() && !a.equals(e.name)).distinct().toList();
        return switch (e.type) {
            case PERSON -> new Entity(e.type, e.id, e.name, aliases, null, e.description, null,
                    e.roles.stream().filter(r -> present.contains(r.ofId()) && !r.ofId().equals(e.id))
                            .map(r -> new Entity.Role(r.title(), r.ofId())).distinct().toList(),
                    null, null, confidence);
            case ORGANIZATION -> new Entity(e.type, e.id, e.name, aliases, e.kind == null ? "other" : e.kind, null,
                    null, null, null, null, confidence);
            case TERRITORY -> e.place != null ? withConfidence(gazetteer.entity(e.place, confidence, present), confidence)
                    : new Entity(e.type, e.id, e.name, aliases, e.kind == null ? "other" : e.kind, null, null, null,
                    null, null, confidence);
            case GROUP -> new Entity(e.type, e.id, e.name, null, null, null, null, null, null, null, confidence);
        };
    }

    private static Entity withConfidence(Entity e, double confidence) {
        return new Entity(e.type(), e.id(), e.name(), e.aliases(), e.kind(), e.description(), e.wikidata(), e.roles(),
                e.partOf(), e.annexationClaimedBy(), confidence);
    }

    private List<Statement.Mention> mentions(String text, Found f, ArticleEntities entities) {
        Map<String, String> out = new LinkedHashMap<>();
        String position = Positions.of(text.substring(f.start, f.end));
        for (Mention m : entities.mentions) {
            if (m.start() < f.start || m.end() > f.end || m.entity() == null || out.containsKey(m.entity())) {
                continue;
            }
            if (m.kind() == Mention.Kind.GROUP || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            LinkedEntity e = entities.get(m.entity());
            if (e == null || e.type == EntityType.GROUP) {
                continue;
            }
            String p = e.type == EntityType.TERRITORY && position != null && !"country".equals(e.kind)
                    && !"continent".equals(e.kind) ? position : null;
            out.put(m.entity(), p);
        }
        List<Statement.Mention> list = new ArrayList<>();
        out.forEach((id, p) -> list.add(new Statement.Mention(id, p)));
        return list;
    }

    private static String deriveTitle(ArticleInput input, String text, TextLayout layout) {
        if (input.fileName() != null && !input.fileName().isBlank()) {
            return input.fileName().replaceAll("\\.[A-Za-z0-9]+$", "");
        }
        String first = text.substring(layout.sentences().get(0).start(), layout.sentences().get(0).end()).strip();
        return first.length() <= 120 ? first : first.substring(0, 117).replaceAll("\\s+\\S*$", "") + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static double round(double c) {
        return Math.round(Math.max(0.05, Math.min(1.0, c)) * 100) / 100.0;
    }
}
