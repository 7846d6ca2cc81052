package io.tork.adapters.out.metrics;

import io.tork.application.port.out.Transactions;
import java.lang.reflect.Method;

/** Watches the datastore's transactions, telling {@link AfterCommit} where each begins and how it ends. */
final class TransactionObserver implements Interception.Interceptor {
    private final AfterCommit afterCommit;

    private TransactionObserver(AfterCommit afterCommit) {
        this.afterCommit = afterCommit;
    }

    static Transactions observe(Transactions inner, AfterCommit afterCommit) {
        return Interception.of(Transactions.class, inner, new TransactionObserver(afterCommit));
    }

    @Override
    public Object intercept(Method method, Object[] args, Interception.Proceed proceed) throws Throwable {
        // default methods such as run() reach the real inTransaction through the wrapped object, not this proxy
        if (!Interception.is(method, "inTransaction", 1) && !Interception.is(method, "run", 1)) {
            return proceed.with(args);
        }
        afterCommit.begin();
        boolean committed = false;
        try {
            Object result = proceed.with(args);
            committed = true;
            return result;
        } finally {
            afterCommit.end(committed);
        }
    }
}
