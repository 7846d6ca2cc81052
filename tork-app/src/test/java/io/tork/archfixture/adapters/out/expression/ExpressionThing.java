package io.tork.archfixture.adapters.out.expression;

import org.apache.commons.jexl3.JexlEngine;

/** Uses JEXL where it belongs. */
public final class ExpressionThing {
    public JexlEngine engine() {
        return null;
    }
}
