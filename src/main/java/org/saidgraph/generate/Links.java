package org.saidgraph.generate;

import java.util.List;

/** A statement's relations to people and other statements, as the dataset format lists them. */
record Links(List<String> reportedBy, List<String> reports, List<String> respondsTo, List<String> denies,
             List<String> addressedTo) {

    static final Links NONE = new Links(List.of(), List.of(), List.of(), List.of(), List.of());

    static Links reportedBy(String... relays) {
        return new Links(List.of(relays), List.of(), List.of(), List.of(), List.of());
    }

    static Links reports(String statement) {
        return new Links(List.of(), List.of(statement), List.of(), List.of(), List.of());
    }

    static Links respondsTo(String statement) {
        return new Links(List.of(), List.of(), List.of(statement), List.of(), List.of());
    }

    static Links denies(String statement) {
        return new Links(List.of(), List.of(), List.of(), List.of(statement), List.of());
    }

    Links withReports(String statement) {
        return new Links(reportedBy, List.of(statement), respondsTo, denies, addressedTo);
    }

    Links withAddressedTo(String entity) {
        return new Links(reportedBy, reports, respondsTo, denies, List.of(entity));
    }
}
