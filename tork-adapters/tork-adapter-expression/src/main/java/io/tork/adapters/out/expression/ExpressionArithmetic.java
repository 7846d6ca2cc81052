package io.tork.adapters.out.expression;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL arithmetic adjusted to the job language: a division of integers that does not come out even yields a
 * fraction ({@code 5/2} is 2.5, {@code 4/2} stays 2), array literals are lists and map literals keep their order.
 * Strict: null operands are errors, as in the reference.
 */
final class ExpressionArithmetic extends JexlArithmetic {
    ExpressionArithmetic() {
        super(true);
    }

    private ExpressionArithmetic(boolean strict, MathContext mathContext, int mathScale) {
        super(strict, mathContext, mathScale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext mathContext, int mathScale) {
        // Without this override JEXL would fall back to its plain arithmetic when options change.
        return new ExpressionArithmetic(strict, mathContext, mathScale);
    }

    @Override
    public Object divide(Object left, Object right) {
        if (Values.isIntegral(left) && Values.isIntegral(right)) {
            var dividend = toBigInteger(left);
            var divisor = toBigInteger(right);
            if (divisor.signum() != 0 && dividend.remainder(divisor).signum() != 0) {
                return toDouble(left) / toDouble(right);
            }
        }
        return super.divide(left, right);
    }

    @Override
    public ArrayBuilder arrayBuilder(int size) {
        return new ListBuilder(size);
    }

    @Override
    public ArrayBuilder arrayBuilder(int size, boolean extended) {
        return new ListBuilder(size);
    }

    @Override
    public MapBuilder mapBuilder(int size) {
        return new OrderedMapBuilder(size);
    }

    @Override
    public MapBuilder mapBuilder(int size, boolean extended) {
        return new OrderedMapBuilder(size);
    }

    private static final class ListBuilder implements ArrayBuilder {
        private final List<Object> elements;

        ListBuilder(int size) {
            elements = new ArrayList<>(Math.max(size, 0));
        }

        @Override
        public void add(Object value) {
            elements.add(value);
        }

        @Override
        public Object create(boolean extended) {
            return Collections.unmodifiableList(elements);
        }
    }

    private static final class OrderedMapBuilder implements MapBuilder {
        private final Map<Object, Object> entries;

        OrderedMapBuilder(int size) {
            entries = new LinkedHashMap<>(Math.max(size, 0) * 2);
        }

        @Override
        public void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public Object create() {
            return Collections.unmodifiableMap(entries);
        }
    }
}
