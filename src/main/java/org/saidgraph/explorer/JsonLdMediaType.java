package org.saidgraph.explorer;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/** Serves saidgraph's JSON-LD context (/ns/saidgraph.jsonld) as application/ld+json, as JSON-LD processors expect. */
@Component
class JsonLdMediaType implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
        mappings.add("jsonld", "application/ld+json");
        factory.setMimeMappings(mappings);
    }
}
