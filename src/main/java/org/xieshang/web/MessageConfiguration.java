package org.xieshang.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Each module keeps its texts in {@code i18n/<module>.properties} (UTF-8, simplified Chinese); all of them are found
 * on the class path, so adding a module needs no change here.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        String[] basenames = Arrays.stream(bundles)
                .map(Resource::getFilename)
                .filter(name -> name != null && !name.contains("_"))
                .map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
    }
}
