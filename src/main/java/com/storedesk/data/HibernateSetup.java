package com.storedesk.data;

import com.storedesk.data.entity.RetailEntities;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Builds the SessionFactory over the pool, validating the mapping against the migrated schema. */
final class HibernateSetup {

    private HibernateSetup() {
    }

    static SessionFactory sessionFactory(DataSource dataSource, Clock clock) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(settings(dataSource))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            RetailEntities.ALL.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata()
                    .getSessionFactoryBuilder()
                    .applyInterceptor(new RowTimestamps(clock))
                    .build();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private static Map<String, Object> settings(DataSource dataSource) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        // Flyway owns the schema; Hibernate only checks that the mapping matches it.
        settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        settings.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        settings.put(AvailableSettings.SHOW_SQL, false);
        settings.put(AvailableSettings.FORMAT_SQL, false);
        settings.put(AvailableSettings.HIGHLIGHT_SQL, false);
        settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
        settings.put(AvailableSettings.ORDER_UPDATES, true);
        settings.put(AvailableSettings.ORDER_INSERTS, true);
        // Lazy references load in batches instead of one query per row (store, product, employee lookups).
        settings.put(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 32);
        settings.put(AvailableSettings.FAIL_ON_PAGINATION_OVER_COLLECTION_FETCH, true);
        return settings;
    }
}
