package org.saidgraph.graph;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

import java.util.concurrent.CompletableFuture;

/**
 * Starts the embedded database on a thread of its own as soon as the configuration is known, before the application
 * context is built, so that the database's start (about 4 s) overlaps the context's (about 2 s) instead of following
 * it. {@link GraphConfiguration} then takes the database from the future. Registered in
 * {@code META-INF/spring.factories}, so it applies to every way the application starts: server, command line, tests.
 */
public class EmbeddedNeo4jEarlyStart implements ApplicationListener<ApplicationEvent> {

    static final String BEAN_NAME = "embeddedNeo4jStart";

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            GraphProperties properties = Binder.get(prepared.getApplicationContext().getEnvironment())
                    .bindOrCreate("saidgraph", GraphProperties.class);
            if (!properties.neo4j().configured()) {
                CompletableFuture<EmbeddedNeo4j> start = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(
                        properties.dataDir(), properties.bolt(), properties.embedded()),
                        task -> new Thread(task, "saidgraph-neo4j-start").start());
                prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, new Start(start));
            }
        } else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null
                && failed.getApplicationContext().getBeanFactory().containsSingleton(BEAN_NAME)) {
            // The context never took the database over; close it so that its store is not left locked.
            ((Start) failed.getApplicationContext().getBeanFactory().getSingleton(BEAN_NAME)).closeIfStarted();
        }
    }

    /** The database being started; {@link #await()} waits for it and rethrows a failure to start. */
    record Start(CompletableFuture<EmbeddedNeo4j> future) {

        EmbeddedNeo4j await() {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        void closeIfStarted() {
            future.thenAccept(EmbeddedNeo4j::close);
        }
    }
}
