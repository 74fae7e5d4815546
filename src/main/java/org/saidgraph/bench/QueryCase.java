package org.saidgraph.bench;

import java.util.List;
import java.util.function.Supplier;

/**
 * Requests of one kind with realistic parameters: each as an HTTP path and as the same answer asked of the query
 * services directly.
 */
record QueryCase(String endpoint, String variant, List<Request> requests) {

    record Request(String path, Supplier<Object> direct) {
    }
}
