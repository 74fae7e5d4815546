package org.saidgraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real answer on the seed, shown as the example of an endpoint's 200 response in the OpenAPI description (added
 * by {@link OpenApiConfiguration} to the schema springdoc derives from the return type, generics included).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface SeedExample {

    /** JSON of the example answer; see {@link Examples}. */
    String value();
}
