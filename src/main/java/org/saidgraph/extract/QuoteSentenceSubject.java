package org.saidgraph.extract;

/**
 * Rule {@code quote-sentence-subject}: a quotation nothing attributes, inside a sentence whose subject is a person or
 * organization named before it ("Jane Roe likened the plan to “a tax on thinking.”", "Roe compared him to a coach
 * who is “working the referees”"), is that subject's, not the last speaker's. A quotation that is a sentence of its
 * own takes the subject of the sentence before it in the same paragraph ("Roe named bigotry as the reason. “People
 * are sick of it.”"). The subject is read from the parse (a nominal subject), so a name after a preposition or a
 * possessive ("Roe's letter said") is not taken. Confidence is low: the words may be the subject's or another's.
 */
final class QuoteSentenceSubject implements QuoteSieves.QuoteSieve {

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        Quote q = c.quote();
        TextLayout.Range sentence = d.layout.sentenceAt(q.open());
        Mention subject = subject(d, sentence.start(), q.open());
        if (subject == null && d.text.substring(sentence.start(), q.open()).isBlank()) {
            TextLayout.Range paragraph = d.layout.paragraphAt(q.open());
            int index = d.layout.sentenceIndex(q.open());
            if (index > 0) {
                TextLayout.Range before = d.layout.sentences().get(index - 1);
                // A sentence before with a speech verb of its own ("…, Roe said.") is left to the rules that read it.
                if (before.start() >= paragraph.start() && d.statements.stream().noneMatch(f -> f.cue >= before.start()
                        && f.cue < before.end())) {
                    subject = subject(d, before.start(), before.end());
                }
            }
        }
        if (subject == null) {
            return null;
        }
        String speaker = d.resolver.resolve(subject, c.lastSpeaker());
        if (speaker == null) {
            return null;
        }
        Found f = c.statement("quote-sentence-subject");
        f.speaker = speaker;
        f.sourceStart = subject.start();
        f.sourceEnd = subject.end();
        f.confidence = 0.4;
        return QuoteSieves.Decision.speaks(f);
    }

    /**
     * The first person, organization or state (which speaks as its government: "Japan branded it “an outlaw
     * nation.”") in {@code [from, to)}, outside quotations, that the parse makes a subject.
     */
    static Mention subject(Draft d, int from, int to) {
        for (Mention m : d.entities.mentions) {
            if (m.start() < from || m.end() > to || d.resolver.insideQuote(m.start())
                    || m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.ORGANIZATION
                    && m.kind() != Mention.Kind.TERRITORY) {
                continue;
            }
            LinkedEntity place = m.kind() == Mention.Kind.TERRITORY ? d.entities.get(m.entity()) : null;
            if (m.kind() == Mention.Kind.TERRITORY && (place == null || !"country".equals(place.kind))) {
                continue; // "In Ohio, Roe said": a state or city is where, not who
            }
            int token = d.analysis.tokenAt(m.end() - 1);
            if (token >= 0 && d.analysis.parsed(token)) {
                String relation = d.analysis.relation(token);
                if (relation != null && relation.startsWith("nsubj")) {
                    return m;
                }
                continue;
            }
            // Unparsed (the parse reads only sentences with a speech verb): the first name, at the sentence's start
            // or after an opening phrase and its comma ("In recent weeks, Roe", "Another critic, Jane Roe,").
            String lead = d.text.substring(from, m.titleStart() < m.start() && m.titleStart() >= from ? m.titleStart()
                    : m.start());
            if (OPENING.matcher(lead).matches() && d.resolver.subjectLike(m)) {
                return m;
            }
            if (m.kind() != Mention.Kind.TERRITORY) {
                return null;
            }
        }
        return null;
    }

    /** Nothing, or an opening phrase of up to eight words closed by a comma, before a sentence's subject. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "\\s*(?:[^,.;:!?]{1,80}(?:,|,[\"”’])\\s+)?");

    /**
     * Whether the quotation closes its sentence with a full stop ("… in May.”" or "… in May”.") before a capitalised
     * word: what follows is the next sentence, not the quotation's attribution.
     */
    static boolean endsSentence(String text, Quote q) {
        String words = text.substring(q.start(), q.end()).stripTrailing();
        int after = Math.min(q.after(), text.length());
        boolean stop = words.endsWith(".") && !words.endsWith("..") || after < text.length() && text.charAt(after) == '.';
        if (!stop) {
            return false;
        }
        int i = after;
        while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
