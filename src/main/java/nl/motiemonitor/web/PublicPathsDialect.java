package nl.motiemonitor.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@link PublicPaths} as {@code #paths}: {@code @{${#paths.motion(body.slug(), m.urlKey())}}}. An
 * expression object, not a bean, because Thymeleaf refuses bean references ({@code @bean}) inside link expressions.
 */
@Component
class PublicPathsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "paths";
    private static final PublicPaths PATHS = new PublicPaths();

    PublicPathsDialect() {
        super("Motiemonitor public paths");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? PATHS : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
