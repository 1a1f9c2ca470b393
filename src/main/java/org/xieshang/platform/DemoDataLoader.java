package org.xieshang.platform;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo dataset once, after every bean exists but before the web server starts, so nobody can sign in
 * before the demo accounts are there. By default only into the embedded database; an external database receives it only when
 * {@code xieshang.demo.load-into-external} is set, so a production database is never filled with fictional people.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataset> datasets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DemoSettings settings;
    private final DatabaseSettings database;

    DemoDataLoader(
            List<DemoDataset> datasets,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            DemoSettings settings,
            DatabaseSettings database) {
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.database = database;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!wanted()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // the row lock makes a second node wait, then see the load as done
            jdbc.sql("lock table demo_load in exclusive mode").update();
            if (jdbc.sql("select count(*) from demo_load").query(Long.class).single() > 0) {
                return;
            }
            long started = System.nanoTime();
            datasets.stream()
                    .sorted(Comparator.comparingInt(DemoDataset::order))
                    .forEach(DemoDataset::load);
            jdbc.sql("insert into demo_load(loaded_at) values (now())").update();
            log.info("Demo dataset loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }

    private boolean wanted() {
        return switch (settings.mode()) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> database.embedded() || settings.loadIntoExternal();
        };
    }
}
