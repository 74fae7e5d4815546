package org.saidgraph.api;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Extraction is CPU-heavy: beyond the configured number at once, requests are refused with 429 and Retry-After. */
class ExtractionLimitFilterTest {

    @Test
    void aThirdExtractionWhileTwoRunIsRefusedWith429AndRetryAfter() throws Exception {
        ExtractionLimitFilter filter = new ExtractionLimitFilter(new HttpLimits(DataSize.ofMegabytes(1), 2,
                DataSize.ofKilobytes(64)));
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (req, res) -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String path : new String[]{"/api/extract", "/api/ingest"}) {
                pool.submit(() -> {
                    filter.doFilter(request(path), new MockHttpServletResponse(), slow);
                    return null;
                });
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse third = new MockHttpServletResponse();
            filter.doFilter(request("/api/extract"), third, (req, res) -> {
                throw new AssertionError("a third extraction ran");
            });
            assertThat(third.getStatus()).isEqualTo(429);
            assertThat(third.getHeader("Retry-After")).isEqualTo("30");
            assertThat(third.getContentType()).startsWith("application/problem+json");
            assertThat(third.getContentAsString()).contains("saidgraph.http.extract-max-concurrent");

            MockHttpServletResponse read = new MockHttpServletResponse();
            MockHttpServletRequest search = new MockHttpServletRequest("GET", "/api/search");
            boolean[] ran = {false};
            filter.doFilter(search, read, (req, res) -> ran[0] = true);
            assertThat(ran[0]).as("other requests are not limited").isTrue();
        } finally {
            release.countDown();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        MockHttpServletResponse after = new MockHttpServletResponse();
        boolean[] ran = {false};
        filter.doFilter(request("/api/extract"), after, (req, res) -> ran[0] = true);
        assertThat(ran[0]).as("a slot is free again once one finished").isTrue();
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        return request;
    }
}
