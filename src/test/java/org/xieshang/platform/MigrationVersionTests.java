package org.xieshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Modules keep migrations in their own folders; no two may share a version, or Flyway refuses to start. */
class MigrationVersionTests {

    @Test
    void everyMigrationHasItsOwnVersion() throws IOException {
        Resource[] migrations =
                new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql");
        Map<String, Long> versions = Arrays.stream(migrations)
                .map(Resource::getFilename)
                .map(name -> name.substring(1, name.indexOf("__")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(migrations).hasSizeGreaterThan(5);
        assertThat(versions)
                .allSatisfy((version, count) -> assertThat(count)
                        .as("migrations with version " + version)
                        .isEqualTo(1));
    }
}
