package org.saidgraph.query;

/**
 * A parameter naming an id that the graph does not hold ({@code ?speaker=nobody}, {@code ?article=…}): a 400 like any
 * bad parameter, but one that may stop being bad once the datasets the server loads as it starts are loaded.
 */
public class UnknownIdException extends BadParameterException {

    public UnknownIdException(String parameter, String message) {
        super(parameter, message);
    }
}
