package dev.dataexport.stigg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Immutables (which matches the simple name) to accept null elements in a collection
 * attribute, so that the value's own check can reject them with a message naming the index instead
 * of a bare NullPointerException.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
@interface AllowNulls {}
