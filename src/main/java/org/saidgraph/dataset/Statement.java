package org.saidgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Something someone said, as the article reports it, with the span of the article that is its evidence and its
 * relations to speakers, relays, other statements and the entities it mentions.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "text", "verbatim", "act", "medium", "date", "confidence", "span", "speaker", "reportedBy",
        "reports", "respondsTo", "denies", "addressedTo", "mentions"})
public record Statement(
        String id,
        String text,
        boolean verbatim,
        String act,
        String medium,
        String date,
        Double confidence,
        Span span,
        String speaker,
        List<String> reportedBy,
        List<String> reports,
        List<String> respondsTo,
        List<String> denies,
        List<String> addressedTo,
        List<Mention> mentions) {

    public Statement {
        reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
        reports = reports == null ? List.of() : List.copyOf(reports);
        respondsTo = respondsTo == null ? List.of() : List.copyOf(respondsTo);
        denies = denies == null ? List.of() : List.copyOf(denies);
        addressedTo = addressedTo == null ? List.of() : List.copyOf(addressedTo);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Character offsets into the article text, in UTF-16 code units, end exclusive. */
    public record Span(int start, int end) {
    }

    /** An entity the statement names, with the stance it takes on it when it is a territory. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mention(String entity, String position) {
    }

    public double confidenceOrDefault() {
        return confidence == null ? 1.0 : confidence;
    }
}
