package io.tork.adapters.out.expression;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlException;

/** Turns JEXL's exceptions into the short detail of an error message: no Java class names, no stack traces. */
final class ErrorDetail {
    // JEXL messages read "<source>@<line>:<column> <what> error in '<detail>'".
    private static final Pattern LOCATED = Pattern.compile("^\\S*@\\d+:\\d+\\s+(.*)$", Pattern.DOTALL);
    private static final String GENERIC_PREFIX = "JEXL error : ";
    private static final Pattern FEATURE = Pattern.compile("^(.+?) error in '(.*)'$", Pattern.DOTALL);

    private ErrorDetail() {
    }

    static String of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EvaluationFailure failure) {
                return failure.getMessage();
            }
        }
        if (error instanceof StackOverflowError || error instanceof JexlException.StackOverflow) {
            return "expression is nested too deeply";
        }
        if (error instanceof JexlException.Feature feature) {
            return notAllowed(feature);
        }
        if (error instanceof JexlException.Parsing || error instanceof JexlException.Tokenization) {
            return syntaxError((JexlException) error);
        }
        if (error instanceof JexlException.Variable variable) {
            return variable.isUndefined() ? unknownName(variable.getVariable()) : withoutLocation(variable);
        }
        if (error instanceof JexlException.Property property) {
            return propertyError(property);
        }
        if (error instanceof JexlException.Method method) {
            return "unknown function '" + method.getMethod() + "'";
        }
        if (error instanceof JexlException.Operator operator) {
            return operatorError(operator);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ArithmeticException arithmetic) {
                return arithmetic(arithmetic);
            }
        }
        if (error instanceof JexlException jexl) {
            return withoutLocation(jexl);
        }
        return "evaluation failed";
    }

    private static String unknownName(String name) {
        return "unknown name '" + name + "'";
    }

    private static String propertyError(JexlException.Property property) {
        String name = property.getProperty() == null ? "" : property.getProperty();
        // JEXL prefixes with a dot the segments of a navigation that went through null.
        boolean throughNull = name.startsWith(".");
        String segment = throughNull ? name.substring(1) : name;
        if (!property.isUndefined()) {
            return "cannot read '" + segment + "' of null";
        }
        return throughNull ? "'" + segment + "' is null" : unknownName(segment);
    }

    private static String notAllowed(JexlException.Feature feature) {
        Matcher matcher = FEATURE.matcher(withoutLocation(feature));
        if (matcher.matches()) {
            return matcher.group(1) + " is not allowed: '" + matcher.group(2) + "'";
        }
        return "construct not allowed: '" + feature.getDetail() + "'";
    }

    private static String syntaxError(JexlException error) {
        StringBuilder detail = new StringBuilder("syntax error");
        if (error.getInfo() != null) {
            detail.append(" at column ").append(error.getInfo().getColumn());
        }
        String near = error.getDetail();
        if (near != null && !near.isBlank()) {
            detail.append(" near '").append(near).append('\'');
        }
        return detail.toString();
    }

    private static String operatorError(JexlException.Operator operator) {
        return "invalid operands for '" + operator.getSymbol() + "'";
    }

    private static String arithmetic(ArithmeticException error) {
        String message = error.getMessage();
        // JEXL's own arithmetic names only the operator ("/" or "%") when the divisor is zero.
        if (message != null && (message.contains("by zero") || message.equals("/") || message.equals("%"))) {
            return "division by zero";
        }
        return message == null ? "arithmetic error" : message;
    }

    private static String withoutLocation(JexlException error) {
        String message = error.getMessage();
        if (message == null) {
            return "evaluation failed";
        }
        Matcher matcher = LOCATED.matcher(message);
        String detail = matcher.matches() ? matcher.group(1) : message;
        return detail.startsWith(GENERIC_PREFIX) ? detail.substring(GENERIC_PREFIX.length()) : detail;
    }
}
