package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring MVC publishes no event per request (spring.mvc.publish-request-handled-events=false): nothing in the
 * application listens for one, and making and multicasting it was 1-1.5% of a look-up's CPU on its request thread.
 */
class RequestEventsTest extends ApiTestSupport {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void answeringARequestPublishesNoRequestHandledEvent() {
        List<ServletRequestHandledEvent> events = new CopyOnWriteArrayList<>();
        context.addApplicationListener((ApplicationListener<ServletRequestHandledEvent>) events::add);

        Answer person = get("/api/people/elon-musk");
        Answer missing = get("/api/people/no-such-person");

        assertThat(person.status()).isEqualTo(200);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(events).isEmpty();
    }
}
