package org.saidgraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that changes the graph: it runs only for a request with {@code Authorization: Bearer <token>}
 * equal to {@code saidgraph.api.write-token}. With no token configured such handlers refuse every request.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresWriteToken {
}
