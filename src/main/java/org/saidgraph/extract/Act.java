package org.saidgraph.extract;

import java.util.Locale;

/** What a statement does, as the dataset schema's {@code act} names it. */
public enum Act {
    STATEMENT, CLAIM, DENIAL, PROPOSAL, DEMAND, QUESTION, POLL, REPLY, CONDEMNATION, CRITICISM, INSULT, ANALOGY,
    WARNING, THREAT, PROMISE, ANNOUNCEMENT, REFUSAL, APPEAL, PRAISE;

    /** The schema's name: "statement", "claim", … */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Act of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
