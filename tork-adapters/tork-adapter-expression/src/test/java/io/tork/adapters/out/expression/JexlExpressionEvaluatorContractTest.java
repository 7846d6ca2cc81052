package io.tork.adapters.out.expression;

import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.contracts.expression.AbstractExpressionEvaluatorContractTest;

class JexlExpressionEvaluatorContractTest extends AbstractExpressionEvaluatorContractTest {
    private static final ExpressionEvaluator EVALUATOR = JexlExpressionEvaluator.withBuiltInFunctions();

    @Override
    protected ExpressionEvaluator evaluator() {
        return EVALUATOR;
    }
}
