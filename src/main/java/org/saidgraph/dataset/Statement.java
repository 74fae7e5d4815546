package org.saidgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Something someone said, as the article reports it, with the span of the article that is its evidence and its
 * relations to speakers, relays, other statements and the entities it mentions.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "text", "verbatim", "act", "medium", "date", "dateSource", "confidence", "span", "parts",
        "speaker",
        "reportedBy",
        "reports", "respondsTo", "denies", "addressedTo", "mentions"})
public record Statement(
        String id,
        String text,
        boolean verbatim,
        String act,
        String medium,
        String date,
        String dateSource,
        Double confidence,
        Span span,
        String speaker,
        List<String> reportedBy,
        List<String> reports,
        List<String> respondsTo,
        List<String> denies,
        List<String> addressedTo,
        List<Mention> mentions,
        List<Span> parts) {

    public Statement {
        reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
        reports = reports == null ? List.of() : List.copyOf(reports);
        respondsTo = respondsTo == null ? List.of() : List.copyOf(respondsTo);
        denies = denies == null ? List.of() : List.copyOf(denies);
        addressedTo = addressedTo == null ? List.of() : List.copyOf(addressedTo);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A statement in one piece ({@code parts} not given). */
    public Statement(String id, String text, boolean verbatim, String act, String medium, String date,
                     String dateSource, Double confidence, Span span, String speaker, List<String> reportedBy,
                     List<String> reports, List<String> respondsTo, List<String> denies, List<String> addressedTo,
                     List<Mention> mentions) {
        this(id, text, verbatim, act, medium, date, dateSource, confidence, span, speaker, reportedBy, reports,
                respondsTo, denies, addressedTo, mentions, List.of());
    }

    /**
     * How the words of a verbatim statement in parts are joined in its text: the speaker's words with what interrupts
     * them (the attribution, "she said") elided.
     */
    public static final String PART_JOINER = " \u2026 ";

    /** Where a statement's date comes from: the article's own words, or its publication date standing in. */
    public static final String DATE_FROM_TEXT = "text";
    public static final String DATE_FROM_PUBLISHED = "published";
    /** Established by whoever curated the dataset from other sources than the article (reports of the same words). */
    public static final String DATE_FROM_ELSEWHERE = "external";

    /** A statement whose date, if it has one, is taken as stated by the article ({@code dateSource} not given). */
    public Statement(String id, String text, boolean verbatim, String act, String medium, String date,
                     Double confidence, Span span, String speaker, List<String> reportedBy, List<String> reports,
                     List<String> respondsTo, List<String> denies, List<String> addressedTo, List<Mention> mentions) {
        this(id, text, verbatim, act, medium, date, null, confidence, span, speaker, reportedBy, reports, respondsTo,
                denies, addressedTo, mentions);
    }

    /** Character offsets into the article text, in UTF-16 code units, end exclusive. */
    public record Span(int start, int end) {
    }

    /**
     * The pieces of the article text that are the statement's evidence: its parts for a quotation split by its
     * attribution ("A," she said, "B."), otherwise its span alone.
     */
    public List<Span> pieces() {
        return parts.isEmpty() ? List.of(span) : parts;
    }

    /** The words the evidence holds: the span's text, or the parts' texts joined by {@link #PART_JOINER}. */
    public static String evidence(String articleText, List<Span> pieces) {
        return String.join(PART_JOINER, pieces.stream().map(p -> articleText.substring(p.start(), p.end())).toList());
    }

    /** An entity the statement names, with the stance it takes on it when it is a territory. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mention(String entity, String position) {
    }

    public double confidenceOrDefault() {
        return confidence == null ? 1.0 : confidence;
    }
}
