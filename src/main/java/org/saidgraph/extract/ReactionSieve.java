package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reactions: with their agent after the verb ("the plan drew criticism from European leaders", "was condemned by the
 * UN"), and with the agent as subject ("X offered a sharp response to Y's plan", act reply). The span is the
 * sentence: what was reacted to and how.
 */
final class ReactionSieve extends TextSieve {

    private static final Pattern RESPONSE = Pattern.compile("\\b(?:offered|gave|issued|delivered|fired off)\\s+"
            + "(?:(?:a|an|his|her|their|its)\\s+)?(?!no\\s)(?:[\\p{L}-]+\\s+){0,3}?(?:response|reply|rebuke|rebuttal|retort)"
            + "\\s+to\\b");

    private static final Pattern AGENT_END = Pattern.compile(
            "\\s+(?:including|such as|who|which|after|over|for|as|on|during|because|last|earlier|this)\\b");
    private static final java.util.Map<SpeechLexicon, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();


    /** "drew criticism from", "was condemned by": the reaction nouns of the lexicon and the verbs of its acts. */
    private static Pattern reaction(SpeechLexicon lexicon) {
        return PATTERNS.computeIfAbsent(lexicon, l -> Pattern.compile("\\b(?:(?:drew|drawn|draws|met with|faced|received|sparked)"
                + "\\s+(?:\\w+\\s+)?(" + String.join("|", l.reactions().keySet()) + ")\\s+from|(?:was|were|has been|have been"
                + "|had been)\\s+(condemned|criticised|criticized|denounced|slammed|praised)\\s+by)\\s+"));
    }

    @Override
    TextSieve fresh() {
        return new ReactionSieve();
    }

    @Override
    List<Found> read(Draft draft) {
        return reactions();
    }


    /**
     * Reactions with their agent after the verb: "the plan drew criticism from European leaders", "his remarks were
     * met with condemnation from politicians across Europe", "the vote was condemned by the UN". The span is the
     * sentence: what was reacted to and how.
     */
    private List<Found> reactions() {
        List<Found> found = new ArrayList<>();
        found.addAll(responses());
        Matcher m = reaction(lexicon).matcher(text);
        while (m.find()) {
            if (resolver.insideQuote(m.start())) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(m.start());
            int agentStart = m.end();
            int agentEnd = agentStart;
            while (agentEnd < sentence.end() && ",.;:".indexOf(text.charAt(agentEnd)) < 0) {
                agentEnd++;
            }
            // The agent's name ends where a phrase of manner, time or reason begins: "by two councillors as rushed",
            // "by the unions on Tuesday".
            Matcher cut = AGENT_END.matcher(text.substring(agentStart, agentEnd));
            if (cut.find()) {
                agentEnd = agentStart + cut.start();
            }
            String agent = text.substring(agentStart, agentEnd).strip();
            if (agent.isEmpty() || agent.split("\\s+").length > 8) {
                continue;
            }
            int a0 = agentStart;
            int a1 = agentEnd;
            Mention named = entities.mentions.stream().filter(x -> x.canSpeak() && x.titleStart() >= a0
                    && x.titleStart() <= a0 + 4 && x.end() >= a1 - 1).findFirst().orElse(null);
            String speaker = named != null ? resolver.resolve(named, null) : resolver.group(agent);
            if (speaker == null) {
                continue;
            }
            int end = sentence.end();
            while (end > sentence.start() && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            Found f = new Found(sentence.start(), end, false);
            String noun = m.group(1) != null ? m.group(1) : m.group(2);
            Act byNoun = lexicon.reactions().get(noun.toLowerCase(Locale.ROOT));
            f.act = byNoun != null ? byNoun : noun.toLowerCase(Locale.ROOT).startsWith("crit") ? Act.CRITICISM
                    : noun.toLowerCase(Locale.ROOT).startsWith("prais") ? Act.PRAISE : Act.CONDEMNATION;
            f.speaker = speaker;
            f.rule = "reaction";
            f.confidence = 0.5;
            f.cue = m.start();
            f.cueEnd = m.end();
            found.add(f);
        }
        return found;
    }


    /** "X offered a more brutal response to Y's ideas": a reaction whose agent is the subject; the span is the sentence. */
    private List<Found> responses() {
        List<Found> found = new ArrayList<>();
        Matcher m = RESPONSE.matcher(text);
        while (m.find()) {
            if (resolver.insideQuote(m.start())) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(m.start());
            Mention subject = resolver.subjectBefore(m.start(), sentence.start());
            String speaker = subject == null ? null : resolver.resolve(subject, null);
            if (speaker == null) {
                continue;
            }
            Found f = new Found(sentence.start(), trimEnd(sentence), false);
            f.act = Act.REPLY;
            f.rule = "response";
            f.speaker = speaker;
            f.confidence = subject.kind() == Mention.Kind.PERSON ? 0.55 : 0.45;
            f.cue = m.start();
            f.cueEnd = m.end();
            found.add(f);
        }
        return found;
    }


    private int trimEnd(TextLayout.Range sentence) {
        int end = sentence.end();
        while (end > sentence.start() && (".!?".indexOf(text.charAt(end - 1)) >= 0
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }
}
