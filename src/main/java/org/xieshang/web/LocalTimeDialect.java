package org.xieshang.web;

import java.time.ZoneId;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;

/**
 * The standard Spring dialect whose {@code #temporals} shows times in the platform's zone ({@link LocalTemporals}).
 * Installed in place of the standard dialect by {@link WebConfiguration}, so templates keep writing
 * {@code #temporals.format(t, 'yyyy-MM-dd HH:mm')}.
 */
class LocalTimeDialect extends SpringStandardDialect {

    private static final String TEMPORALS = "temporals";

    private final ZoneId zone;

    LocalTimeDialect(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        IExpressionObjectFactory standard = super.getExpressionObjectFactory();
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return standard.getAllExpressionObjectNames();
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return TEMPORALS.equals(name)
                        ? new LocalTemporals(context.getLocale(), zone)
                        : standard.buildObject(context, name);
            }

            @Override
            public boolean isCacheable(String name) {
                return standard.isCacheable(name);
            }
        };
    }
}
