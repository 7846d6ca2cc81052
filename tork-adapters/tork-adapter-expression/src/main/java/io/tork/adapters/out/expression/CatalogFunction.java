package io.tork.adapters.out.expression;

import java.util.List;
import java.util.Objects;

/** A named function with the number of arguments it accepts. */
public record CatalogFunction(String name, int minArguments, int maxArguments, ExpressionFunction body) {
    public CatalogFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (minArguments < 0 || maxArguments < minArguments) {
            throw new IllegalArgumentException("function '" + name + "': invalid argument count range");
        }
    }

    /** Calls the body after checking the number of arguments; failures carry a message naming this function. */
    Object call(List<Object> arguments) {
        if (arguments.size() < minArguments || arguments.size() > maxArguments) {
            throw new EvaluationFailure(name + ": expected " + expectedCount() + ", got " + arguments.size());
        }
        try {
            return body.call(arguments);
        } catch (EvaluationFailure failure) {
            throw failure;
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | IndexOutOfBoundsException e) {
            throw new EvaluationFailure(name + ": " + (e.getMessage() == null ? "invalid arguments" : e.getMessage()));
        } catch (RuntimeException e) {
            // A plugin's bug must not leak its exception type into a job's error message.
            throw new EvaluationFailure(name + ": failed");
        }
    }

    private String expectedCount() {
        if (minArguments == maxArguments) {
            return minArguments + (minArguments == 1 ? " argument" : " arguments");
        }
        return minArguments + " to " + maxArguments + " arguments";
    }
}
