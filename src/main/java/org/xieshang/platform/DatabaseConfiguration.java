package org.xieshang.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Supplies the {@link DataSource}: the embedded server's unless {@code XIESHANG_DB_URL} names an external one, in which
 * case Spring Boot's own data source configuration (spring.datasource.*) applies and this configuration stays out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DatabaseSettings.class, DemoSettings.class})
class DatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) throws IOException {
            return EmbeddedDatabase.start(settings.dataDir(), settings.durable(), settings.cleanOnClose());
        }

        @Bean(destroyMethod = "close")
        @Primary
        HikariDataSource dataSource(EmbeddedDatabase database) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername("postgres");
            pool.setPassword("postgres");
            pool.setMaximumPoolSize(10);
            pool.setPoolName("xieshang");
            return pool;
        }
    }
}
