package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With no write token configured, writes over HTTP are refused whatever the request sends. */
class WriteTokenInterceptorTest {

    @Test
    void withNoTokenConfiguredEveryWriteIsRefused() throws Exception {
        WriteTokenInterceptor interceptor = new WriteTokenInterceptor("");
        HandlerMethod write = new HandlerMethod(new ArticleController(null, null, null),
                ArticleController.class.getDeclaredMethod("delete", String.class));
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/articles/x");
        request.addHeader("Authorization", "Bearer ");
        assertThatThrownBy(() -> interceptor.preHandle(request, new MockHttpServletResponse(), write))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(403);
                    assertThat(e.getReason()).contains("saidgraph.api.write-token");
                });
    }

    @Test
    void readsNeedNoToken() throws Exception {
        WriteTokenInterceptor interceptor = new WriteTokenInterceptor("");
        HandlerMethod read = new HandlerMethod(new ArticleController(null, null, null),
                ArticleController.class.getDeclaredMethod("article", String.class));
        assertThat(interceptor.preHandle(new MockHttpServletRequest("GET", "/api/articles/x"),
                new MockHttpServletResponse(), read)).isTrue();
    }
}
