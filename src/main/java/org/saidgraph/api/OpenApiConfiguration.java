package org.saidgraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and shown by Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Adds each endpoint's {@link SeedExample} to its 200 response, beside the schema springdoc derived. */
    @Bean
    OperationCustomizer seedExamples() {
        return (operation, handler) -> {
            SeedExample example = handler.getMethodAnnotation(SeedExample.class);
            ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (example != null && ok != null && ok.getContent() != null) {
                try {
                    Object value = JSON.readValue(example.value(), Object.class);
                    ok.getContent().values().forEach(media -> media.setExample(value));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("bad example on " + handler.getMethod(), e);
                }
            }
            return operation;
        };
    }

    /** Declares {@link DatasetsLoadingHeader}'s header on every response of every operation, as the filter sets it. */
    @Bean
    OperationCustomizer datasetsLoadingHeaderDeclared() {
        return (operation, handler) -> {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> response.addHeaderObject(
                        DatasetsLoadingHeader.NAME, new Header().schema(new BooleanSchema()).description(
                                "Present (`true`) while the datasets the server loads as it starts are still "
                                        + "loading: the answer may lack what they hold. Absent once they are loaded.")));
            }
            return operation;
        };
    }

    @Bean
    OpenAPI saidgraphOpenApi() {
        return new OpenAPI()
                .info(new Info().title("saidgraph query API").version("1")
                        .description("""
                                Who said what, about whom and about which territory, from news articles. Every \
                                statement answer cites its source: the article, the span of its text, the words of \
                                the span (`evidence`) and the sentence around it (`passage`).

                                Ids are readable slugs (`elon-musk`, `crimea`); a speaker an article knows only by \
                                a description has an id of that article (`musk-ukraine-peace-plan.officials`); find \
                                them with `/api/search`. Lists \
                                are paged with `page` (from 0) and `size` (1–200) and carry the `total`, counted \
                                exactly up to the list's cap, and `totalIsLowerBound`: true when counting stopped \
                                at the cap (there are `total` items or more), false when `total` is exact. Errors are \
                                RFC 9457 `application/problem+json`. Reads are open; loading and removing articles \
                                needs `Authorization: Bearer <saidgraph.api.write-token>`.""")
                        .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .components(new Components().addSecuritySchemes("writeToken", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The value of saidgraph.api.write-token")));
    }
}
