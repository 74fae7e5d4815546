package org.saidgraph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final WriteTokenInterceptor writeToken;

    WebConfiguration(WriteTokenInterceptor writeToken) {
        this.writeToken = writeToken;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(writeToken).addPathPatterns("/api/**");
    }
}
