package org.saidgraph.query;

import org.saidgraph.graph.EmbeddedNeo4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link StatementCardCache}, with the embedded database only (with {@code saidgraph.neo4j.uri} set, other
 * clients write to that server unseen, so every card is read from it) and unless {@code saidgraph.card-cache.max-cards}
 * is 0.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatementCardCacheConfiguration.CardCacheProperties.class)
class StatementCardCacheConfiguration {

    /**
     * {@code saidgraph.card-cache.*}.
     *
     * @param maxCards how many statement cards are kept in memory at most, the least recently used dropped first
     *                 (a card takes a few KB; 0 keeps none)
     */
    @ConfigurationProperties("saidgraph.card-cache")
    record CardCacheProperties(@DefaultValue("10000") int maxCards) {

        CardCacheProperties {
            if (maxCards < 0) {
                throw new IllegalArgumentException("saidgraph.card-cache.max-cards must be 0 or more, but was "
                        + maxCards);
            }
        }
    }

    @Bean
    @ConditionalOnExpression("'${saidgraph.neo4j.uri:}'.isBlank() and ${saidgraph.card-cache.max-cards:10000} > 0")
    StatementCardCache statementCardCache(EmbeddedNeo4j embedded, CardCacheProperties properties) {
        return new StatementCardCache(embedded.version()::current, properties.maxCards());
    }
}
