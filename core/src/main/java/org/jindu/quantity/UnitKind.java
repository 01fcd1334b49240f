package org.jindu.quantity;

/** What a unit after a number says about it. */
public enum UnitKind {
    /** Things or people counted: 人, 名, 个, 所, 项, 场, 位次. */
    COUNT,
    /** Money: 元, 万元, 亿元. */
    MONEY,
    /** Measures: 平方米, 亩, 公里, 吨, 天. */
    MEASURE,
    /** Shares and rates: %, 个百分点, ‰, 成. */
    PERCENT,
    /** A time: 2021年, 8月, 28日, 三季度. Recognised and attached to figures, never a figure itself. */
    TIME,
    /** Not a quantity: the number is part of a label or name (47号, 2021级, 一标段, 21小学). */
    LABEL
}
