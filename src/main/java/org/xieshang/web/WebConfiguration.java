package org.xieshang.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
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

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", null, 0);
    }
}
