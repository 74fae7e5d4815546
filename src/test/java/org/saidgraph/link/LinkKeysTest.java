package org.saidgraph.link;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement's link keys are stored in the graph (Statement.linkKeys, the statement_link_keys index) and looked up
 * by statements loaded later, perhaps by a later version of the loader: the same statement must get the same keys in
 * every version, or a new article would no longer find the utterances of the articles loaded before. Pinned here to
 * what the loader of session 13 (commit 948a9d3) computed for three invented statements.
 */
class LinkKeysTest {

    /** A quotation of two sentences (keys of the whole, of each sentence, and of its word runs), dated. */
    static final LinkStatement QUOTE = new LinkStatement("a1-s1", "maria-vell", true,
            "We will not close the harbour this winter. The fishermen need it open, and the council knows that.",
            "statement", List.of("harbour-board"), 20_450L);
    /** Reported speech: only MinHash bands. */
    static final LinkStatement PARAPHRASE = new LinkStatement("a2-s3", "maria-vell", false,
            "the harbour would stay open through the winter for the fishing fleet", "claim", List.of(), 20_452L);
    /** Too short for runs or bands, and undated: the whole wording only, in the week "none". */
    static final LinkStatement SHORT_UNDATED = new LinkStatement("a3-s2", "tom-orr", true, "Not now.", "statement",
            List.of(), null);

    @Test
    void aStatementGetsTheKeysEarlierLoadersStoredAndAskedFor() {
        assertThat(sha256("a1-s1 stored: " + LinkKeys.stored(QUOTE))).isEqualTo(
                "7e3ddcbfd8f6e8cc5148ac3264fb5e45adeee62209278ed33b02d028f1f3304d");
        assertThat(sha256("a1-s1 clauses: " + LinkKeys.clauses(QUOTE))).isEqualTo(
                "d6eafde25a0b5413328877991fc63b77adbfc061aa8456bbd836ecb159322745");
        assertThat(sha256("a2-s3 stored: " + LinkKeys.stored(PARAPHRASE))).isEqualTo(
                "764bfb96ce9adceb56b3e71bf4a583e1e368e43b707f67618eca91b044a3339a");
        assertThat(LinkKeys.clauses(PARAPHRASE).toString()).isEqualTo(
                "[[bf84191ebf482bb89], [b0cf84b113b5215f4], [bfad5cb13d00a4033], [b677f0a40cd459f49], [b3dd7948c96e18468], [bd620a6beecd98bff], [bf2205b1ef3685c60], [b5511efa7f00b9f29]]");
        assertThat(LinkKeys.stored(SHORT_UNDATED)).isEqualTo("e14dbbb867d67bd4a");
        assertThat(LinkKeys.clauses(SHORT_UNDATED)).isEqualTo(List.of(List.of("e14dbbb867d67bd4a")));
    }

    @Test
    void bothAtOnceAreTheStoredKeysAndTheClauses() {
        for (LinkStatement s : List.of(QUOTE, PARAPHRASE, SHORT_UNDATED)) {
            LinkKeys.Both both = LinkKeys.both(s);
            assertThat(both.stored()).isEqualTo(LinkKeys.stored(s));
            assertThat(both.clauses()).isEqualTo(LinkKeys.clauses(s));
        }
    }

    @Test
    void aQuotationOfSeveralSentencesIsStoredUnderTheBandsOfEachSentenceToo() {
        LinkStatement first = new LinkStatement("a4-s1", "maria-vell", true, "We will not close the harbour this winter.",
                "statement", List.of(), 20_450L);
        List<String> quoteKeys = List.of(LinkKeys.stored(QUOTE).split(" "));
        List<String> firstBands = LinkKeys.clauses(first).stream().flatMap(List::stream)
                .filter(k -> k.startsWith("b")).toList();
        assertThat(firstBands).isNotEmpty();
        assertThat(quoteKeys).containsAll(firstBands);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
