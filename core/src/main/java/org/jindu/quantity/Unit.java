package org.jindu.quantity;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of the scanner's lexicon: "万元" is money, 10000 of the base unit 元.
 *
 * @param name the unit as written
 * @param kind what it says about the number before it
 * @param baseUnit the unit values are converted to, or null when {@code name} is its own base
 * @param factor how many base units one of this unit is; 1 when it is its own base
 */
public record Unit(String name, UnitKind kind, @Nullable String baseUnit, BigDecimal factor) {
    public Unit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(factor, "factor");
        if (name.isEmpty())
            throw new IllegalArgumentException("a unit needs a name");
        if (factor.signum() <= 0)
            throw new IllegalArgumentException("factor must be positive: " + factor);
        if (baseUnit != null && baseUnit.equals(name))
            baseUnit = null;
    }

    /** A unit that is its own base. */
    public static Unit of(String name, UnitKind kind) {
        return new Unit(name, kind, null, BigDecimal.ONE);
    }

    /** A scaled unit: {@code of("万元", MONEY, "元", 10000)}. */
    public static Unit of(String name, UnitKind kind, String baseUnit, long factor) {
        return new Unit(name, kind, baseUnit, BigDecimal.valueOf(factor));
    }

    /** True for figures that count or measure something (not a time, not a label). */
    public boolean isFigure() {
        return kind != UnitKind.TIME && kind != UnitKind.LABEL;
    }
}
