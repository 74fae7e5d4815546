package org.saidgraph.query;

/** An id that names nothing of the kind asked for; the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("no " + what + " with id '" + id + "'");
    }
}
