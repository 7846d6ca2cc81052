package io.tork.benchmarks;

/** What a figure must reach: at most or at least a value. */
record Target(Direction direction, double value, String unit) {
    enum Direction { AT_MOST, AT_LEAST }

    static Target atMost(double value, String unit) {
        return new Target(Direction.AT_MOST, value, unit);
    }

    static Target atLeast(double value, String unit) {
        return new Target(Direction.AT_LEAST, value, unit);
    }

    boolean isMet(double measured) {
        return direction == Direction.AT_MOST ? measured <= value : measured >= value;
    }

    /** How far the measurement is from the target, as a factor that is 1 or more when the target is met. */
    double headroom(double measured) {
        if (measured <= 0) return direction == Direction.AT_MOST ? Double.POSITIVE_INFINITY : 0;
        return direction == Direction.AT_MOST ? value / measured : measured / value;
    }

    String describe() {
        return (direction == Direction.AT_MOST ? "≤ " : "≥ ") + Format.value(value, unit);
    }
}
