package org.jindu.model;

import org.jspecify.annotations.Nullable;

/**
 * A person named in a department cell, with a phone number when one is given.
 *
 * @param name the person's name, or null when only a number is given
 * @param phone the phone number as written, or null
 */
public record Contact(@Nullable String name, @Nullable String phone) {
}
