package org.xieshang.web;

import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LayoutInterceptor layout;

    WebConfiguration(LayoutInterceptor layout) {
        this.layout = layout;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layout).excludePathPatterns("/api/**");
    }

    /**
     * Shows times on pages in the committee's zone ({@code xieshang.time-zone}, default Asia/Shanghai) by putting
     * {@link LocalTimeDialect} in place of the standard dialect; the other dialects stay.
     */
    @Bean
    static BeanPostProcessor localTimeDialect(Environment environment) {
        ZoneId zone = ZoneId.of(environment.getProperty("xieshang.time-zone", "Asia/Shanghai"));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    List<IDialect> others = engine.getDialects().stream()
                            .filter(d -> !(d instanceof SpringStandardDialect))
                            .toList();
                    engine.setDialect(new LocalTimeDialect(zone));
                    others.forEach(engine::addDialect);
                }
                return bean;
            }
        };
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", null, 0);
    }
}
