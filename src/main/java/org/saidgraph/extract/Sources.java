package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who the subject of a speech verb is: a name links to its entity; a name in apposition speaks rather than the noun
 * it explains ("the governor's spokeswoman, Jane Roe,"); "he" and "she" are the nearest person of that gender who was
 * the subject of a recent sentence, "they" and "it" the nearest group or organization; a description is the person
 * its role words fit, else a speaker of its own named by the description ("Campaign officials", "The newspaper"),
 * never the person it belongs to (a spokesman is not the governor).
 */
final class Sources {

    /** The speaker (an entity id), how sure we are, and the span of the words that name it. */
    record Source(String speaker, double confidence, int start, int end) {
    }

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their");
    private static final Set<String> NEUTER = Set.of("it", "its");
    /** People who speak for someone else: a description of one is never the person they speak for. */
    private static final Set<String> ENTOURAGE = speakerNouns("entourage");

    /** Heads of a subject that count people: "Some of his allies said", "Nearly seven out of 10 say". */
    private static final Set<String> QUANTIFIERS = speakerNouns("quantifier");
    /** Heads of a description that speaks as an organization, a document or an outlet: "the campaign said". */
    private static final Set<String> ORGANIZATION_NOUNS = speakerNouns("organization");

    /** The words of one kind in {@code speaker-nouns.tsv}. */
    private static Set<String> speakerNouns(String kind) {
        return Gazetteer.words("/extract/speaker-nouns.tsv", kind);
    }

    /** An apposition closing a sentence after a name: ", president of the county caucus." (no verb, no quote). */
    private static final java.util.regex.Pattern CLOSING_APPOSITION = java.util.regex.Pattern.compile(
            ",\\s+(?:(?:a|an|the)\\s+)?(?!(?:to|who|which|and|but|as|with)\\b|\\p{Ll}+(?:ed|ing)\\b)\\p{Ll}"
            + "[^,;:.!?\"“”(]*[.]?\\s*");

    private final String text;
    private final Analysis analysis;
    private final ArticleEntities entities;
    private final SpeakerResolver resolver;
    private final Map<String, FirstNames.Gender> genders = new HashMap<>();
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");

    /** Set while a description is weighed as a pronoun's referent ({@link #describedPerson(Mention)}). */
    private boolean weighing;

    Sources(String text, Analysis analysis, ArticleEntities entities, SpeakerResolver resolver) {
        this.text = text;
        this.analysis = analysis;
        this.entities = entities;
        this.resolver = resolver;
    }

    /**
     * Rule fronted-participle: "Expecting thousands at the march, Mr. Roe said he would …", "Citing local outlets,
     * the agency reported …": a participle phrase opening the sentence, which the parse took for the subject, is no
     * speaker; the one named between its comma and the verb is. Null when the phrase is no such participle or no
     * speaker stands there (the phrase is then read as before).
     */
    private Source afterFrontedParticiple(int[] phrase, int cue) {
        Analysis.Sentence sentence = analysis.sentences().get(analysis.sentenceOf(phrase[0]));
        if (phrase[0] != sentence.first() || !analysis.token(phrase[0]).tag().equals("VBG") || cue <= phrase[1]) {
            return null;
        }
        int comma = -1;
        for (int i = phrase[1] + 1; i < cue && comma < 0; i++) {
            if (analysis.token(i).word().equals(",")) {
                comma = i;
            }
        }
        if (comma < 0) {
            return null;
        }
        Mention m = resolver.subjectBefore(analysis.token(cue).start(), analysis.token(comma).end());
        if (m == null || m.kind() == Mention.Kind.PRONOUN) {
            return null;
        }
        String id = resolver.resolve(m, null);
        return id == null ? null : new Source(id, 0.6, m.start(), m.end());
    }

    /** The speaker named by the phrase headed by token {@code head}, or null when it cannot be told. */
    Source of(int head, int cue) {
        int[] phrase = phrase(head);
        int start = analysis.token(phrase[0]).start();
        int end = analysis.token(phrase[1]).end();
        Analysis.Token h = analysis.token(head);
        String word = h.word().toLowerCase(Locale.ROOT);
        Source afterParticiple = afterFrontedParticiple(phrase, cue);
        if (afterParticiple != null) {
            return afterParticiple;
        }
        Mention introduced = NameAfterRoleSubject.of(analysis, entities.mentions, head, phrase);
        if (introduced != null) {
            String id = resolver.resolve(introduced, null);
            if (id != null) {
                return new Source(id, 0.8, introduced.start(), introduced.end());
            }
        }
        // "The governor of Odesa, Maksym Marchenko," and "his spokeswoman, Jane Roe": the name in apposition.
        for (int a : analysis.children(head, "appos")) {
            Mention m = mentionAt(a);
            Mention named = m == null || m.kind() != Mention.Kind.PERSON ? namedIn(a) : null;
            m = named == null ? m : named;
            if (m != null && m.kind() == Mention.Kind.PERSON && !h.tag().startsWith("NNP")) {
                String id = resolver.resolve(m, null);
                if (id != null) {
                    describe(id, phrase[0], analysis.subtree(a)[0] - 1);
                    return new Source(id, 0.8, m.start(), m.end());
                }
            }
            // "The operator, Baltic Terminals, said": an organization in apposition to a noun that names no one who
            // speaks for another is that organization.
            String lemma = h.lowerLemma();
            if (m != null && m.kind() == Mention.Kind.ORGANIZATION && h.tag().equals("NN")
                    && !ENTOURAGE.contains(lemma) && !Lexicon.ROLE_HEADS.contains(lemma)) {
                String id = resolver.resolve(m, null);
                if (id != null) {
                    return new Source(id, 0.8, m.start(), m.end());
                }
            }
        }
        // "A spokeswoman for the city, Jane Roe,": the parse hangs the name on the nearest noun, the city; a person
        // named in apposition to a noun that modifies a role still names the one in the role.
        if (!h.tag().startsWith("NNP")) {
            for (int c : analysis.children(head)) {
                if (c < head || !analysis.relation(c).startsWith("nmod")) {
                    continue;
                }
                Mention owner = mentionAt(c);
                if (owner != null && owner.kind() == Mention.Kind.PERSON) {
                    continue;
                }
                for (int a : analysis.children(c, "appos")) {
                    Mention m = mentionAt(a);
                    if (m != null && m.kind() == Mention.Kind.PERSON) {
                        String id = resolver.resolve(m, null);
                        if (id != null) {
                            describe(id, phrase[0], analysis.subtree(a)[0] - 1);
                            return new Source(id, 0.8, m.start(), m.end());
                        }
                    }
                }
            }
        }
        // "The World's richest man Elon Musk": a name that closes its own subject phrase names the speaker — not a
        // name after a preposition ("Attorneys for Jane Roe", "a spokesman for Jane Roe"): that is the principal,
        // and the one who spoke is the head noun.
        if (!h.tag().startsWith("NNP")) {
            for (Mention m : entities.mentions) {
                if (m.kind() == Mention.Kind.PERSON && m.start() > h.start() && m.end() <= end
                        && resolver.subjectLike(m)
                        && analysis.tokenAt(m.end() - 1) == phrase[1]) {
                    String id = resolver.resolve(m, null);
                    if (id != null) {
                        return new Source(id, 0.8, m.start(), m.end());
                    }
                }
            }
        }
        // "Stevie Wonder, who joked": a relative pronoun is the name right before it.
        if (h.tag().equals("WP") && word.equals("who")) {
            Mention named = SpeakerAffiliation.nameBefore(text, entities.mentions, h.start());
            String id = named == null ? null : resolver.resolve(named, null);
            if (id == null) {
                // "a young farmer, who said": no name before it; the noun the clause describes speaks.
                int antecedent = RelativeAntecedent.of(analysis, head);
                return antecedent < 0 ? null : of(antecedent, cue);
            }
            return new Source(id, 0.6, named.start(), named.end());
        }
        // "Rep. Jane Roe (D-Md.) said", "said Del. Jane Roe": a state in a party label or a title is no speaker.
        Mention affiliated = SpeakerAffiliation.personOf(text, entities.mentions, mentionAt(head));
        if (affiliated != null) {
            String id = resolver.resolve(affiliated, null);
            if (id != null) {
                return new Source(id, 0.8, affiliated.start(), affiliated.end());
            }
        }
        if (h.tag().equals("PRP")) {
            String id = pronoun(word, head);
            return id == null ? null : new Source(id, 0.6, h.start(), h.end());
        }
        Mention m = mentionAt(head);
        if (m != null && m.canSpeak() && m.kind() != Mention.Kind.PRONOUN && m.kind() != Mention.Kind.DESCRIPTION) {
            String id = resolver.resolve(m, null);
            if (id != null) {
                double c = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION ? 0.8 : 0.6;
                return new Source(id, c, m.start(), m.end());
            }
        }
        boolean role = Lexicon.ROLE_HEADS.contains(word) || Lexicon.ROLE_HEADS.contains(h.lowerLemma());
        if (h.tag().startsWith("NNP") && !role) {
            // A capitalized subject of a speech verb that the name tagger missed ("Jealous said") names a speaker.
            int first = head;
            while (first > phrase[0] && analysis.token(first - 1).tag().startsWith("NNP")) {
                first--;
            }
            String name = text.substring(analysis.token(first).start(), h.end());
            Mention labelled = SpeakerAffiliation.personBeside(text, entities.mentions, analysis.token(first).start(),
                    h.end());
            if (labelled != null && resolver.resolve(labelled, null) != null) {
                return new Source(resolver.resolve(labelled, null), 0.8, labelled.start(), labelled.end());
            }
            String id = resolver.named(name);
            return id == null ? null : new Source(id, 0.6, analysis.token(first).start(), h.end());
        }
        if (!h.isNoun() && !h.tag().equals("CD") && !QUANTIFIERS.contains(word) && !describedThose(head, cue)
                || h.tag().equals("NNP") && !role) {
            return null;
        }
        // "Jane Roe, a historian who attended, recalled": the parse may make the description the subject; the name
        // it stands in apposition to is the speaker.
        String determiner = analysis.token(phrase[0]).word().toLowerCase(Locale.ROOT);
        if (determiner.equals("a") || determiner.equals("an")) {
            Mention named = SpeakerAffiliation.nameBefore(text, entities.mentions, start);
            if (named != null && named.kind() == Mention.Kind.PERSON) {
                String id = resolver.resolve(named, null);
                if (id != null) {
                    return new Source(id, 0.7, named.start(), named.end());
                }
            }
        }
        // Rule non-speaker-noun: "the rationale", "media shares" name no one; the person before them speaks.
        if (NonSpeakerNouns.never(analysis, head)) {
            Mention person = NonSpeakerNouns.person(analysis, entities, resolver, phrase, cue);
            String id = person == null ? null : resolver.resolve(person, null);
            if (id != null) {
                return new Source(id, 0.5, person.start(), person.end());
            }
        }
        // "Those who back her rivals": the group is named by its description, relative clause and all.
        String described = describedSpeaker(describedThose(head, cue) ? analysis.subtree(head) : phrase, head);
        return described == null ? null : new Source(described, 0.5, start, end);
    }

    /**
     * "Those surveyed said", "those close to him say", "those who back her rivals argue": "those" with words that
     * say who they are is a group of people that speaks (PolNeAR annotates poll respondents and such groups as
     * sources); a bare "those" refers back to something and is not read as a speaker. Nor is "those" whose own
     * description holds the speech verb ("those who said the economy mattered most backed Okafor"): that is who
     * the group is, a poll's breakdown, not a group speaking.
     */
    private boolean describedThose(int head, int cue) {
        int[] described = analysis.subtree(head);
        if (!analysis.token(head).word().equalsIgnoreCase("those") || described[0] <= cue && cue <= described[1]) {
            return false;
        }
        for (int c : analysis.children(head)) {
            String rel = analysis.relation(c);
            if (c > head && (rel.startsWith("acl") || rel.equals("amod") || rel.startsWith("nmod"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the common noun at {@code head} names a thing that cannot speak ({@link Animacy}): not a name, not a
     * word of {@code speaker-nouns.tsv} (the court filing, the poll and the campaign speak) nor a role.
     */
    boolean thing(int head) {
        Analysis.Token h = analysis.token(head);
        if (!h.tag().equals("NN") && !h.tag().equals("NNS")) {
            return false;
        }
        String word = h.word().toLowerCase(Locale.ROOT);
        String lemma = h.lowerLemma();
        for (String w : List.of(word, lemma)) {
            if (ORGANIZATION_NOUNS.contains(w) || ENTOURAGE.contains(w) || QUANTIFIERS.contains(w)
                    || Lexicon.ROLE_HEADS.contains(w)) {
                return false;
            }
        }
        return Animacy.thing(word) && Animacy.thing(lemma);
    }

    /**
     * "A spokeswoman for the city, Jane Roe": the words before the name in apposition, without an article, are who
     * the person is as the article presents them (kept only when nothing described them before).
     */
    private void describe(String id, int first, int last) {
        LinkedEntity e = entities.get(id);
        if (e == null || e.type != EntityType.PERSON || e.description != null) {
            return;
        }
        while (last >= first && ",;:-–—(".contains(analysis.token(last).word())) {
            last--;
        }
        if (first < last && analysis.token(first).tag().equals("DT")) {
            first++;
        }
        if (last < first) {
            return;
        }
        String words = text.substring(analysis.token(first).start(), analysis.token(last).end())
                .replaceAll("\\s+", " ").strip();
        if (!words.isEmpty() && words.length() <= 200) {
            e.description = words;
        }
    }

    /** The noun phrase of a subject, without a relative clause, apposition or parenthesis after its head. */
    private int[] phrase(int head) {
        int[] r = analysis.subtree(head);
        int lo = r[0];
        int hi = r[1];
        for (int c : analysis.children(head)) {
            // "according to figures", "by the tax office": the preposition is no part of the name.
            if (c < head && analysis.relation(c).equals("case")) {
                lo = Math.max(lo, analysis.subtree(c)[1] + 1);
            }
            // "the governor's claim": the possessive mark is no part of the name of the one who claims.
            if (c > head && analysis.relation(c).equals("case") && analysis.token(c).tag().equals("POS")) {
                hi = Math.min(hi, c - 1);
            }
            String rel = analysis.relation(c);
            if (c > head && (rel.startsWith("acl") || rel.equals("ccomp") || rel.equals("appos") || rel.equals("punct")
                    || rel.equals("parataxis") || rel.equals("conj") || rel.equals("cc"))
                    || c > head && SpeakingCircumstance.ofNoun(analysis, c)) {
                hi = Math.min(hi, analysis.subtree(c)[0] - 1);
            }
        }
        hi = SubjectRepairs.beforeRelative(analysis, head, hi);
        // "RANGOON, Burma — The party said": the parse may hang the dateline on the subject; it names no one.
        int dateline = SubjectRepairs.datelineEnd(analysis, analysis.sentences().get(analysis.sentenceOf(head)));
        if (head >= dateline) {
            lo = Math.max(lo, dateline);
        }
        return new int[]{Math.min(head, lo), Math.max(head, hi)};
    }

    /** Whether the token is part of a person's name outside any quotation (rule {@value ThingSubject#RULE}). */
    boolean person(int token) {
        Mention m = mentionAt(token);
        return m != null && m.kind() == Mention.Kind.PERSON && !resolver.insideQuote(m.start());
    }

    /**
     * Rule appositive-named: "Its organiser, a retired pilot named Jo Vey, said", "Her rival, the former sheriff Tom
     * Vey, said": the apposition describes someone and closes with their name; the name is the speaker. The parse
     * hangs such a name loosely on the apposition's noun, so the name is looked up at the apposition's end. Not a
     * name after a preposition or a conjunction ("a spokesman for Jo Vey", "her aides and Jo Vey"): that is someone
     * else.
     */
    private Mention namedIn(int apposition) {
        int[] span = analysis.subtree(apposition);
        int last = span[1];
        while (last > span[0] && ",;:".contains(analysis.token(last).word())) {
            last--;
        }
        Mention m = mentionAt(last);
        if (m == null || m.kind() != Mention.Kind.PERSON || analysis.tokenAt(m.end() - 1) != last) {
            return null;
        }
        int before = analysis.tokenAt(m.start()) - 1;
        if (before < span[0]) {
            return null;
        }
        String tag = analysis.token(before).tag() == null ? "" : analysis.token(before).tag();
        return tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("POS") || tag.equals(",")
                ? null : m;
    }

    private Mention mentionAt(int token) {
        int at = analysis.token(token).start();
        for (Mention m : entities.mentions) {
            if (m.start() <= at && at < m.end()) {
                return m;
            }
        }
        return null;
    }

    /**
     * A description: a person whose role words fit ("the ambassador"), else a speaker of its own named by the
     * description, a group when plural ("officials"), an organization for institutions and documents ("the
     * campaign", "the report"), else an unnamed person ("a senior aide").
     */
    private String describedSpeaker(int[] phrase, int head) {
        Mention m = new Mention(analysis.token(phrase[0]).start(), analysis.token(head).end(),
                Mention.Kind.DESCRIPTION, null);
        // Rule indefinite-description: "a spokeswoman for the commission" brings someone new into the article; it
        // is not the spokesman named before (all 840 train: 3 reported speakers turn right, none wrong).
        int introduced = weighing ? -1 : IntroducedDescription.subjectBefore(analysis, resolver, phrase, head);
        if (introduced >= 0) {
            // Rule introduced-description: "A committee aide blasted it. “…,” the aide said."
            return describedSpeaker(new int[]{analysis.subtree(introduced)[0], introduced}, introduced);
        }
        String person = INDEFINITE.contains(analysis.token(phrase[0]).word().toLowerCase(Locale.ROOT)) ? null
                : resolver.describedPersonOrNull(m);
        if (person != null) {
            return person;
        }
        // "the billionaire", "the Tesla CEO": a definite description of someone's role, where nothing in the article
        // says whose, is the person the article is most about so far; not so for someone who speaks for another
        // ("the spokesman", "a senior aide"), who is a speaker of their own.
        String lemma0 = analysis.token(head).lowerLemma();
        String first = analysis.token(phrase[0]).word().toLowerCase(Locale.ROOT);
        // Rule description-candidate: "the candidate", "the nominee" (campaign-roles.tsv) likewise, whatever title
        // the article gave the person before.
        // Only the bare noun: "the Democratic presidential candidate" stays a description of its own, which names
        // its holder as well as the name would.
        boolean campaign = CAMPAIGN_ROLES.contains(lemma0) && phrase[0] + 1 == head;
        boolean definite = first.equals("the") || first.equals("this");
        if (Lexicon.NAMED_ROLE_HEADS.contains(lemma0) && definite && !analysis.token(head).tag().equals("NNS")) {
            // Rule role-named-only: "the judge" is the person the article named as a judge, else a description.
            Mention described = new Mention(analysis.token(phrase[0]).start(), analysis.token(head).end(),
                    Mention.Kind.DESCRIPTION, null);
            String named = resolver.describedPersonOrNull(described);
            if (named != null) {
                return named;
            }
        } else if ((Lexicon.ROLE_HEADS.contains(lemma0) || campaign) && !ENTOURAGE.contains(lemma0)
                && (first.equals("the") || first.equals("this") || analysis.token(phrase[0]).tag().equals("PRP$"))
                && !analysis.token(head).tag().equals("NNS")) {
            String recent = recentSubject(analysis.token(head).start(), campaign ? null : lemma0);
            String salient = recent != null ? recent : resolver.salientPerson(analysis.token(head).start());
            if (salient != null) {
                return salient;
            }
        }
        String words = withOrganizationNamed(phrase, head).replaceAll("\\s+", " ").strip()
                .replaceAll("[\\s,;:]+$", "");
        String lemma = analysis.token(head).lowerLemma();
        // "a quarter", "47 percent", "nearly half": a share of people is a group, however singular its noun, and its
        // article stays, since "Quarter" alone names no one.
        boolean share = QUANTIFIERS.contains(lemma) || QUANTIFIERS.contains(analysis.token(head).word()
                .toLowerCase(Locale.ROOT)) || analysis.token(head).tag().equals("CD");
        String name = words.replaceFirst("^(?i:the|a|an|some|many|several|other|two|three|his|her|their|its)\\s+", "");
        if (share && !name.contains(" ")) {
            name = words;
        }
        if (name.isBlank() || name.length() > 80) {
            return null;
        }
        boolean plural = analysis.token(head).tag().equals("NNS") || analysis.token(head).tag().equals("NNPS")
                || analysis.token(head).word().equalsIgnoreCase("those") || share;
        EntityType type = plural ? EntityType.GROUP : ORGANIZATION_NOUNS.contains(lemma) ? EntityType.ORGANIZATION
                : EntityType.PERSON;
        if (type == EntityType.ORGANIZATION && first.equals("the") && phrase[1] == head) {
            int at = analysis.token(head).start();
            String named = OrganizationNamedAs.find(text, entities.mentions, lemma,
                    text.substring(analysis.token(phrase[0]).start(), analysis.token(head).end()), at);
            if (named == null && trailingAttribution(phrase[0])) {
                named = OrganizationNamedAs.inSentence(analysis, entities.mentions, analysis.sentenceOf(head), at,
                        resolver::insideQuote);
            }
            if (named != null) {
                return named;
            }
        }
        return possessed(phrase, name, type);
    }

    /**
     * Rule possessor-qualified: a description after a possessive pronoun ("according to her office", "his campaign
     * said") is the possessor's: named by the person or organization the pronoun refers to ("Helen Okafor's office"),
     * one entity with that possessor's across articles. Without a possessor it can name, the description is a speaker
     * of this article alone ({@link SpeakerResolver#described}).
     */
    private String possessed(int[] phrase, String name, EntityType type) {
        Analysis.Token first = analysis.token(phrase[0]);
        if (!weighing && first.tag().equals("PRP$") && phrase[0] < phrase[1]) {
            String word = first.word().toLowerCase(Locale.ROOT);
            String owner = fronted(word, phrase);
            owner = owner != null ? owner : pronoun(word, phrase[0]);
            LinkedEntity e = owner == null ? null : entities.get(owner);
            if (e != null && !e.scoped && (e.type == EntityType.PERSON || e.type == EntityType.ORGANIZATION)) {
                String id = resolver.unnamed(e.name + "'s " + name, type);
                String written = text.substring(first.start(), analysis.token(phrase[1]).end()).replaceAll("\\s+", " ");
                entities.get(id).aliases.add(written);
                return id;
            }
        }
        // "The Clinton campaign said": an organization the description names by a proper noun is that organization,
        // the same in every article; "Ukrainian officials" and "a Clinton aide" stay the article's own people.
        int from = phrase[0];
        while (from < phrase[1] && (analysis.token(from).tag().equals("DT") || analysis.token(from).tag().equals("PRP$"))) {
            from++;
        }
        boolean sentenceFirst = from == analysis.sentences().get(analysis.sentenceOf(from)).first();
        for (int i = sentenceFirst ? from + 1 : from; type == EntityType.ORGANIZATION && i <= phrase[1]; i++) {
            if (analysis.token(i).tag().startsWith("NNP")) {
                return resolver.unnamed(name, type);
            }
        }
        return resolver.described(name, type);
    }

    /**
     * "According to her office, Mayor Linda Varga was not consulted": a possessive in a phrase fronted before its
     * clause (nothing but the phrase before a comma that opens the sentence) refers forward to the clause's subject
     * when that subject fits the pronoun, not back to the last person of that gender. Null when the phrase is not so
     * fronted, or the first name after the comma is no fitting subject.
     */
    private String fronted(String word, int[] phrase) {
        Analysis.Sentence range = analysis.sentences().get(analysis.sentenceOf(phrase[0]));
        int comma = -1;
        for (int i = range.first(); i < range.end() && comma < 0; i++) {
            String tag = analysis.token(i).tag();
            // A participle may open the phrase ("According to her office", "Speaking for his campaign").
            if (tag != null && tag.startsWith("VB") && !tag.equals("VBG")) {
                return null;
            }
            if (i > phrase[1] && analysis.token(i).word().equals(",")) {
                comma = i;
            }
        }
        if (comma < 0) {
            return null;
        }
        Mention next = null;
        for (Mention m : entities.mentions) {
            int token = analysis.tokenAt(m.start());
            if (token > comma && token < range.end() && (next == null || m.start() < next.start())) {
                next = m;
            }
        }
        if (next == null || !isSubject(next)) {
            return null;
        }
        FirstNames.Gender gender = MALE.contains(word) ? FirstNames.Gender.MALE
                : FEMALE.contains(word) ? FirstNames.Gender.FEMALE : null;
        return candidate(next, gender, PLURAL.contains(word), NEUTER.contains(word));
    }

    /**
     * The words of a description, with an organization it names in apposition in place of the organization's own
     * description: "a spokesman for the construction company, Dravo Group," is a spokesman for Dravo Group.
     */
    private String withOrganizationNamed(int[] phrase, int head) {
        for (int c : analysis.children(head)) {
            if (c < head || !analysis.relation(c).startsWith("nmod")) {
                continue;
            }
            List<Integer> cases = analysis.children(c, "case");
            for (int a : analysis.children(c, "appos")) {
                Mention m = mentionAt(a);
                if (m != null && m.kind() == Mention.Kind.ORGANIZATION && !cases.isEmpty() && cases.get(0) < c
                        && m.end() <= analysis.token(phrase[1]).end()) {
                    return text.substring(analysis.token(phrase[0]).start(), analysis.token(cases.get(0)).end()) + " "
                            + text.substring(m.start(), m.end());
                }
            }
        }
        return text.substring(analysis.token(phrase[0]).start(), analysis.token(phrase[1]).end());
    }

    /**
     * "he"/"she": the person of that gender (or of unknown gender) who is the subject of the nearest sentence before,
     * or an earlier person of this one; "they": the nearest group or organization subject; "it": the nearest
     * organization subject. Up to six sentences back.
     */
    String pronoun(String word, int at) {
        return pronoun(word, at, 0);
    }

    private String pronoun(String word, int at, int depth) {
        FirstNames.Gender gender = MALE.contains(word) ? FirstNames.Gender.MALE
                : FEMALE.contains(word) ? FirstNames.Gender.FEMALE : null;
        boolean plural = PLURAL.contains(word);
        boolean neuter = NEUTER.contains(word);
        if (gender == null && !plural && !neuter) {
            return null;
        }
        int sentence = analysis.sentenceOf(at);
        String introduced = introducedBefore(at, gender);
        if (introduced != null) {
            return introduced;
        }
        for (int s = sentence; s >= 0 && s >= sentence - 6; s--) {
            Analysis.Sentence range = analysis.sentences().get(s);
            if (s == sentence && FrontedQuestion.before(text, analysis.token(range.first()).start(),
                    analysis.token(at).start())) {
                continue; // "Asked whether Halden would win, she said": she is the one asked, named before
            }
            int limit = s == sentence ? at : range.end();
            String best = null;
            boolean bestSubject = false;
            boolean bestMain = false;
            int bestStart = Integer.MAX_VALUE;
            for (Mention m : entities.mentions) {
                int first = analysis.tokenAt(m.start());
                if (first < range.first() || first >= limit || resolver.insideQuote(m.start())) {
                    continue;
                }
                String id = candidate(m, gender, plural, neuter);
                if (id == null) {
                    continue;
                }
                boolean subject = isSubject(m);
                // Rule attribution-not-its-topic (session 22): "Any attempt to answer a claim by Roe, he said, is …":
                // the "he" of an attribution set off after the words it attributes ("…, he said," / "…, he said.") is
                // not a person those words name in passing (after a preposition, as a compound or a possessor); an
                // argument of them ("When she noticed Roe, her eyes widened, he said") still may be.
                if (s == sentence && !subject && setOffAttribution(at) && modifierMention(m)) {
                    continue;
                }
                // Rule pronoun-main-subject: within a sentence the subject of its main verb wins over the subject of
                // a clause inside it ("The charge that Doe misled voters was false, Roe said." then "he" is Roe,
                // not Doe); otherwise the subject wins; otherwise the first fitting mention does.
                boolean main = subject && mainClauseSubject(m);
                if (best == null || subject && !bestSubject || main && !bestMain) {
                    best = id;
                    bestSubject = subject;
                    bestMain = main;
                    bestStart = m.start();
                }
            }
            // Rule they-plural-subject: "Economists at the Lanford Institute studied the dam. … they say": a plural
            // noun that is a subject ("economists", "Republicans") and no name is who "they" are, as a group
            // mention would be; it wins over a name that is no subject, and over a later subject.
            int group = plural ? pluralSubject(range.first(), limit) : -1;
            if (group >= 0 && (best == null || !bestSubject || analysis.token(group).start() < bestStart)) {
                String id = describedGroup(group);
                if (id != null) {
                    best = id;
                    bestSubject = true;
                    bestStart = analysis.token(group).start();
                }
            }
            // Rule pronoun-chain: "he" as the subject of an earlier sentence, before any person who fits it there,
            // is the same person as this "he" (news keeps its subject from sentence to sentence): "Regardless, he
            // said, the party would side with Jane Roe." then "“…,” he said." is not Jane Roe's. A person who is
            // the subject there is still preferred ("While he waited, Jane Roe spoke": he is Jane Roe), unless the
            // pronoun opens the sentence ("She serves as the attorney general": she is not the attorney general).
            // "They" chains as "he" and "she" do: "Critics, like …, see … . They sent a letter to Senate leaders."
            // then "“…,” they wrote." is the critics', not the Senate's.
            // Rule it-document-subject: "The report said … . It recommended that …": a singular noun of an
            // institution or document ("the report", "the audit's panel", speaker-nouns.tsv) that is a subject is
            // what "it" stands for, as a plural subject is for "they", when no organization is named there.
            int thing = neuter && best == null ? institutionSubject(range.first(), limit) : -1;
            if (thing >= 0) {
                String id = describedSpeaker(phrase(thing), thing);
                LinkedEntity e = entities.get(id);
                if (e != null && e.type == EntityType.ORGANIZATION) {
                    best = id;
                    bestSubject = true;
                    bestStart = analysis.token(thing).start();
                }
            }
            int chained = gender == null && !plural || depth >= 3 ? -1
                    : samePronounSubject(range.first(), limit, gender);
            if (chained >= 0 && (best == null || analysis.token(chained).start() < bestStart
                    && (!bestSubject || chained == range.first()))) {
                String id = pronoun(analysis.token(chained).word().toLowerCase(Locale.ROOT), chained, depth + 1);
                if (id != null) {
                    return id;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /**
     * The first plural common noun or plural name in tokens {@code [from, to)} that is a subject: as the parse says,
     * or, in a sentence not parsed (only those with a speech verb are), the head of the noun phrase opening it
     * ("Engineers hired by the board inspected …", "Many local voters in Dalby are …").
     */
    private int pluralSubject(int from, int to) {
        boolean opening = true;
        for (int i = from; i < to; i++) {
            Analysis.Token t = analysis.token(i);
            boolean plural = t.tag().equals("NNS") || t.tag().equals("NNPS");
            boolean subject = analysis.parsed(i) ? analysis.relation(i) != null
                    && analysis.relation(i).startsWith("nsubj") : opening;
            if (plural && subject && !resolver.insideQuote(t.start()) && mentionAt(i) == null && !thing(i)
                    && !(i + 1 < to && analysis.token(i + 1).tag().equals("POS"))) {
                return i;
            }
            opening &= OPENING_TAGS.contains(t.tag());
        }
        return -1;
    }

    /** The first singular common noun of {@code speaker-nouns.tsv}'s organizations that the parse makes a subject. */
    private int institutionSubject(int from, int to) {
        for (int i = from; i < to; i++) {
            Analysis.Token t = analysis.token(i);
            if (t.tag().equals("NN") && analysis.parsed(i) && analysis.relation(i) != null
                    && analysis.relation(i).startsWith("nsubj") && ORGANIZATION_NOUNS.contains(t.lowerLemma())
                    && !resolver.insideQuote(t.start()) && mentionAt(i) == null) {
                return i;
            }
        }
        return -1;
    }

    /** Tags of the words that may open a noun phrase before its head: "Many local voters", "The state's lawyers". */
    private static final Set<String> OPENING_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNP", "NNPS",
            "PRP$", "POS");

    /** The group a plural subject names, weighed as a referent (no possessor resolved); null when no group. */
    private String describedGroup(int head) {
        boolean was = weighing;
        weighing = true;
        try {
            String id = describedSpeaker(phrase(head), head);
            LinkedEntity e = entities.get(id);
            return e != null && e.type == EntityType.GROUP ? id : null;
        } finally {
            weighing = was;
        }
    }

    /**
     * Rule introduced-speaker: for the "he"/"she" right after a quotation that opens its paragraph ("“…,” he said."),
     * the person of that gender the paragraph before closes on, introduced with an apposition ("…, which concerns Jane
     * Roe, president of the county caucus."): news introduces whom it quotes next so, whoever was that sentence's
     * subject. Null when the paragraph before does not end so.
     */
    private String introducedBefore(int at, FirstNames.Gender gender) {
        if (gender == null) {
            return null;
        }
        int pronoun = analysis.token(at).start();
        int b = pronoun;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b == 0 || !Quotes.isMark(text.charAt(b - 1))) {
            return null;
        }
        int paragraph = text.lastIndexOf('\n', b - 1) + 1;
        int open = paragraph;
        while (open < b && Character.isWhitespace(text.charAt(open))) {
            open++;
        }
        int end = paragraph - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // The mark before the pronoun must close a quotation opening the paragraph, not be that opening mark itself.
        if (open >= b - 1 || !Quotes.isMark(text.charAt(open)) || end <= 0 || text.substring(open + 1, b - 1).chars()
                .anyMatch(c -> Quotes.isMark((char) c) && !Quotes.isSingle((char) c))) {
            return null;
        }
        int from = text.lastIndexOf('\n', end - 1) + 1;
        Mention last = null;
        String id = null;
        for (Mention m : entities.mentions) {
            if (m.start() >= from && m.end() <= end && (last == null || m.start() > last.start())
                    && !resolver.insideQuote(m.start())) {
                String c = candidate(m, gender, false, false);
                if (c != null && m.kind() == Mention.Kind.PERSON && genderOf(c) == gender) {
                    last = m;
                    id = c;
                }
            }
        }
        return last != null && CLOSING_APPOSITION.matcher(text.substring(last.end(), end)).matches() ? id : null;
    }

    /**
     * The first "he" (or "she"; "they" for a null {@code gender}) that is a subject in tokens {@code [from, to)},
     * outside quotations.
     */
    private int samePronounSubject(int from, int to, FirstNames.Gender gender) {
        Set<String> forms = gender == null ? Set.of("they")
                : gender == FirstNames.Gender.MALE ? Set.of("he") : Set.of("she");
        for (int i = from; i < to; i++) {
            Analysis.Token t = analysis.token(i);
            if (!forms.contains(t.word().toLowerCase(Locale.ROOT)) || resolver.insideQuote(t.start())) {
                continue;
            }
            // Unparsed sentences (the parse reads only those with a speech verb): "She" opening the sentence or a
            // clause after a comma is its subject.
            boolean subject = analysis.parsed(i) ? analysis.relation(i) != null && analysis.relation(i)
                    .startsWith("nsubj") : i == from || analysis.token(i - 1).word().equals(",");
            if (subject) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Rule description-recent-subject: a definite description nothing else resolves ("the Vermont senator", "the New
     * York businessman") is the person who is the subject nearest before it, in its sentence or up to two before:
     * news names someone, then calls them by their role. A person the article gave another role is passed over.
     * Null when no person is a subject there.
     */
    /** Heads of descriptions of someone running for office (rule description-candidate). */
    private static final Set<String> CAMPAIGN_ROLES = new java.util.HashSet<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/campaign-roles.tsv")) {
            CAMPAIGN_ROLES.add(row[0].strip().toLowerCase(Locale.ROOT));
        }
    }

    /** As below; a null {@code role} passes over no one. */
    private String recentSubject(int position, String role) {
        int token = analysis.tokenAt(position);
        if (token < 0) {
            return null;
        }
        int sentence = analysis.sentenceOf(token);
        for (int s = sentence; s >= 0 && s >= sentence - 2; s--) {
            Analysis.Sentence range = analysis.sentences().get(s);
            String found = null;
            for (Mention m : entities.mentions) {
                int first = analysis.tokenAt(m.start());
                if (m.kind() != Mention.Kind.PERSON || first < range.first() || first >= range.end()
                        || m.end() > position || resolver.insideQuote(m.start()) || !isSubject(m)) {
                    continue;
                }
                // Someone the article gave another role ("Political scientist Jane Roe") is not "the billionaire".
                LinkedEntity e = entities.get(m.entity());
                if (role != null && e != null && !e.heads.isEmpty()
                        && e.heads.stream().noneMatch(x -> Lexicon.synonymous(x, role))) {
                    continue;
                }
                // The nearest before the description in its own sentence; the first (the main clause's) before it.
                if (s == sentence || found == null) {
                    found = m.entity();
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String candidate(Mention m, FirstNames.Gender gender, boolean plural, boolean neuter) {
        if (gender != null) {
            if (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.DESCRIPTION) {
                return null;
            }
            String id = m.kind() == Mention.Kind.DESCRIPTION ? describedPerson(m) : m.entity();
            if (id == null) {
                return null;
            }
            FirstNames.Gender g = genderOf(id);
            return g == FirstNames.Gender.UNKNOWN || g == gender ? id : null;
        }
        if (plural && (m.kind() == Mention.Kind.GROUP || m.kind() == Mention.Kind.ORGANIZATION)) {
            return m.entity();
        }
        if (neuter && m.kind() == Mention.Kind.ORGANIZATION) {
            return m.entity();
        }
        return null;
    }

    /** A description of a person in the text, for "he" and "she": the person it denotes, as a subject would be. */
    private String describedPerson(Mention m) {
        int last = analysis.tokenAt(m.end() - 1);
        int first = analysis.tokenAt(m.start());
        if (last < 0 || first < 0) {
            return null;
        }
        int head = headOf(first, last);
        String named = appositiveName(last);
        if (named != null) {
            return named;
        }
        // Weighing a description as a pronoun's referent names no possessor: that would resolve a pronoun inside the
        // resolution of another, and create entities the candidate's weighing does not need.
        boolean was = weighing;
        weighing = true;
        String id;
        try {
            id = describedSpeaker(new int[]{first, last}, head);
        } finally {
            weighing = was;
        }
        LinkedEntity e = entities.get(id);
        return e != null && e.type == EntityType.PERSON ? id : null;
    }

    /** The token of {@code [first, last]} whose head lies outside it (the phrase's head); the last one unparsed. */
    /**
     * Rule description-apposition: "The chief negotiator, Irina Moldovan, told …" — the noun the description ends in
     * (or, when the recogniser cut the description short, "The chief", the noun it modifies right after it) has a
     * person's name in apposition; "she" later is that person, not an entity made of the description's words.
     */
    private String appositiveName(int last) {
        int noun = last;
        int h = analysis.head(last);
        if (h > last && h <= last + 3 && analysis.token(h).isNoun()) {
            noun = h;
        }
        for (int a : analysis.children(noun, "appos")) {
            Mention m = mentionAt(a);
            if (m != null && m.kind() == Mention.Kind.PERSON && m.entity() != null) {
                return m.entity();
            }
        }
        return null;
    }

    private int headOf(int first, int last) {
        for (int i = first; i <= last; i++) {
            int h = analysis.head(i);
            if (analysis.parsed(i) && (h < first || h > last)) {
                return i;
            }
        }
        int i = last;
        while (i > first && !analysis.token(i).isNoun()) {
            i--;
        }
        return i;
    }

    /**
     * Whether the phrase starting at {@code first} attributes the clause before it, set off by a comma: "…, the company
     * said" or "…, said the company".
     */
    private boolean trailingAttribution(int first) {
        Analysis.Sentence range = analysis.sentences().get(analysis.sentenceOf(first));
        if (first - 1 <= range.first()) {
            return false;
        }
        String before = analysis.token(first - 1).word();
        return before.equals(",") || analysis.token(first - 1).isVerb() && first - 2 > range.first()
                && analysis.token(first - 2).word().equals(",");
    }

    /** Whether the pronoun at {@code at} is the subject of a speech verb right after a comma: "…, he said". */
    private boolean setOffAttribution(int at) {
        Analysis.Sentence range = analysis.sentences().get(analysis.sentenceOf(at));
        return at > range.first() && at + 2 < range.end() && analysis.token(at - 1).word().equals(",")
                && analysis.token(at + 1).tag().matches("VB[DZP]")
                && (analysis.token(at + 2).word().equals(",") || analysis.token(at + 2).word().equals("."));
    }

    /** Whether a mention only modifies a noun (after a preposition, as a compound or a possessor). */
    private boolean modifierMention(Mention m) {
        int t = analysis.tokenAt(m.end() - 1);
        String rel = t < 0 ? null : analysis.relation(t);
        return rel != null && (rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("compound"));
    }

    /** Whether a subject mention is the subject of its sentence's main verb, as the parse says (rule pronoun-main-subject). */
    private boolean mainClauseSubject(Mention m) {
        int t = analysis.tokenAt(m.end() - 1);
        if (t < 0 || !analysis.parsed(t)) {
            return false;
        }
        int h = analysis.head(t);
        return h >= 0 && "root".equals(analysis.relation(h));
    }

    private boolean isSubject(Mention m) {
        int t = analysis.tokenAt(m.end() - 1);
        if (t < 0) {
            return false;
        }
        String rel = analysis.relation(t);
        if (rel != null) {
            // Rule appositive-of-subject: "Kestria's defence minister, Tomas Brezny, said …" names its subject in the
            // apposition; the possessor before it ("Kestria's") is no subject, so the name is the one "he" goes back
            // to.
            return rel.startsWith("nsubj") || rel.equals("appos") && analysis.head(t) >= 0
                    && analysis.relation(analysis.head(t)) != null
                    && analysis.relation(analysis.head(t)).startsWith("nsubj");
        }
        return resolver.subjectLike(m);
    }

    /** A person's gender from their first name, else from "Mr." or "Mrs./Ms." before their surname in the article. */
    FirstNames.Gender genderOf(String id) {
        return genders.computeIfAbsent(id, k -> {
            LinkedEntity e = entities.get(k);
            if (e == null || e.type != EntityType.PERSON) {
                return FirstNames.Gender.UNKNOWN;
            }
            FirstNames.Gender first = FirstNames.ofFullName(e.name);
            if (first != FirstNames.Gender.UNKNOWN) {
                return first;
            }
            String[] words = e.name.trim().split("\\s+");
            String surname = words[words.length - 1];
            if (text.contains("Mr. " + surname) || text.contains("Mr " + surname)) {
                return FirstNames.Gender.MALE;
            }
            if (text.contains("Mrs. " + surname) || text.contains("Ms. " + surname) || text.contains("Mrs " + surname)
                    || text.contains("Ms " + surname)) {
                return FirstNames.Gender.FEMALE;
            }
            for (String alias : e.aliases) {
                FirstNames.Gender g = FirstNames.ofFullName(alias);
                if (g != FirstNames.Gender.UNKNOWN) {
                    return g;
                }
            }
            return FirstNames.Gender.UNKNOWN;
        });
    }

    List<Mention> mentions() {
        return entities.mentions;
    }
}
