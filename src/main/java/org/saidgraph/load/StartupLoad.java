package org.saidgraph.load;

/**
 * Whether the datasets the server loads as it starts ({@code saidgraph.datasets}) are still being loaded. The server
 * answers while they load (a large corpus takes minutes), so until then an answer may lack what they hold: the API
 * says so where it matters, when an id is not found.
 */
public interface StartupLoad {

    boolean loading();
}
