package org.saidgraph.api;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimits.class)
class WebConfiguration implements WebMvcConfigurer {

    private final WriteTokenInterceptor writeToken;
    private final KnownParametersInterceptor knownParameters;

    WebConfiguration(WriteTokenInterceptor writeToken, KnownParametersInterceptor knownParameters) {
        this.writeToken = writeToken;
        this.knownParameters = knownParameters;
    }

    /** Tomcat's own error reports as problem+json too ({@link ProblemErrorReportValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(writeToken).addPathPatterns("/api/**");
        registry.addInterceptor(knownParameters).addPathPatterns("/api/**");
    }
}
