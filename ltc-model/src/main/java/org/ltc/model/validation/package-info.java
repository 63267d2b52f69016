/**
 * Validation with Jakarta Validation (Hibernate Validator): the constraint annotations on the model, checked
 * on demand, with each violation reported by JSON pointer, field and message. Constructors already enforce
 * the model's invariants; this adds the declarative checks a host's own validator also sees.
 *
 * <p>Public API. {@link org.ltc.model.validation.ModelValidator} is immutable and thread-safe.
 */
package org.ltc.model.validation;
