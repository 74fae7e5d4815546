package org.saidgraph.api;

/** A request body larger than the endpoint accepts; answered 413. */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(String what, long limit) {
        super(what + " is larger than the " + limit + " bytes this endpoint accepts");
    }
}
