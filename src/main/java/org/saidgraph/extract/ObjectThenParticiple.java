package org.saidgraph.extract;

import java.util.Locale;

/**
 * Cut {@code object-then-participle}: a text-pattern statement ({@code pattern-verb}) that is a speech verb's noun
 * object or infinitive, with no finite verb of its own, ends at a comma followed by a participle — "pledged [to
 * expand the ferry service]<i>, ending years of cuts</i>", "echoed [that complaint]<i>, recalling a visit to the
 * port</i>": after an object the participle is the reporter's account of what else the subject did or what the act
 * meant, not what was said. Left alone: a clause ("said that prices rose, hurting farmers": a finite verb before the comma, or
 * "that" before the statement), a series of gerunds ("discussed [raising fees, closing the pier and …]"), and a
 * statement that opens with a preposition ("hit back [in the spring, faulting the mayor for …]", "wrote [to
 * the council, asking …]"), where the verb took no object and the participle says what the speaker did say.
 */
final class ObjectThenParticiple implements ReportedSpanBounds.Cut {

    @Override
    public String name() {
        return "object-then-participle";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (!"pattern-verb".equals(f.rule) || first < 0 || first + 1 >= a.tokens().size() || afterThat(draft, f)
                || !objectOrInfinitive(a, first)) {
            return f.end;
        }
        return ReportedSpanBounds.beforeMark(draft, f, i -> a.token(i).word().equals(",")
                && a.token(i + 1).tag().equals("VBG") && !finite(a, first, i));
    }

    /** Whether "that" stands right before the statement: the pattern reads a "that" clause without its "that". */
    private static boolean afterThat(Draft draft, Found f) {
        String before = draft.text.substring(Math.max(0, f.start - 6), f.start).strip().toLowerCase(Locale.ROOT);
        return before.endsWith(" that") || before.equals("that");
    }

    /** Whether the statement opens as a noun object or a "to" infinitive, not with a preposition or a gerund. */
    private static boolean objectOrInfinitive(Analysis a, int first) {
        String tag = a.token(first).tag();
        if (tag.equals("TO")) {
            return a.token(first + 1).tag().equals("VB");
        }
        return !tag.equals("IN") && !tag.equals("VBG");
    }

    /** Whether a finite verb or a modal stands among tokens {@code [from, to)}. */
    private static boolean finite(Analysis a, int from, int to) {
        for (int k = from; k < to; k++) {
            String tag = a.token(k).tag();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
