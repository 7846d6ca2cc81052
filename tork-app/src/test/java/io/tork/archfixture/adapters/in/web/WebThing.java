package io.tork.archfixture.adapters.in.web;

import io.javalin.Javalin;
import io.tork.archfixture.adapters.out.expression.ExpressionThing;
import io.tork.archfixture.app.Launcher;

/** Uses Javalin where it belongs, but breaks adapter independence and reaches into the composition root. */
public final class WebThing {
    public Javalin server() {
        return null;
    }

    public ExpressionThing evaluator() {
        return null;
    }

    public Launcher launcher() {
        return null;
    }
}
