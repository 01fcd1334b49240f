package org.jindu.model;

/**
 * A person named in a department cell, with a phone number when one is given.
 *
 * @param name the person's name, or null when only a number is given
 * @param phone the phone number as written, or null
 */
public record Contact(String name, String phone) {
}
