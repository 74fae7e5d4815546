package org.saidgraph.extract;

/**
 * Guard {@code comment-after-dash} of {@link VerbCueSieve}'s reading of a closing attribution. In "The ferry fares
 * will rise in May, the port board said on Friday — a change that will anger commuters" the words after the dash are
 * the reporter's comment on the whole sentence (a noun phrase, often with a relative clause), not what the board
 * said; the parser may still hang the verb on the clause before as {@code parataxis} or {@code dep} and leave the
 * comment as the words after it, and its relative clause's verb made them look like a reported clause. When a clause
 * with a finite verb stands before the attribution, set off by a comma, and what follows the verb opens after a dash
 * with a noun phrase, the clause before is what was said.
 */
final class CommentAfterDash {

    private CommentAfterDash() {
    }

    /**
     * Whether the words {@code after} (first and last token) that follow the speech verb at {@code cue} open with a
     * dash between the verb and them, and the phrase after the dash is headed by a noun: its first word a determiner,
     * possessive, adjective or noun, and the token among them whose head lies outside them a noun.
     */
    static boolean opens(Analysis analysis, int cue, int[] after) {
        int dash = -1;
        for (int k = cue + 1; k <= after[0] && k <= after[1]; k++) {
            if (DashBeforeAside.dash(analysis, k)) {
                dash = k;
            }
        }
        int from = dash + 1;
        if (dash < 0 || from > after[1] || after[1] - from < 2) {
            return false;
        }
        if (!analysis.token(from).tag().matches("DT|PRP\\$|JJ.*|NN.*")
                || analysis.token(from).word().equalsIgnoreCase("that")) {
            return false;
        }
        for (int t = from; t <= after[1]; t++) {
            int h = analysis.head(t);
            if (h < from || h > after[1]) {
                return analysis.token(t).tag().startsWith("NN");
            }
        }
        return false;
    }
}
