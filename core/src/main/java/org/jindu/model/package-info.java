/**
 * Part of jindu's public API. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.jindu.model;

import org.jspecify.annotations.NullMarked;
