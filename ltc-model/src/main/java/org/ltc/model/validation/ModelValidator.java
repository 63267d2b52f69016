package org.ltc.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.ltc.model.InvalidInputException;

/**
 * Checks the Jakarta Validation constraints on model values ({@code @NotBlank}, {@code @DecimalMax},
 * {@code @Valid}...) with Hibernate Validator, and reports each violation by JSON pointer, field and message.
 *
 * <p>Record constructors already enforce every invariant, so a value built through them rarely has a violation;
 * this is for hosts that run a validator over their own objects, and a second line of defence for values a
 * framework built without the constructor's checks. Messages are interpolated without Jakarta EL
 * ({@link ParameterMessageInterpolator}), so no EL implementation is needed.
 *
 * <p>Immutable and thread-safe: build one and share it (building is slow, validating is fast).
 */
public final class ModelValidator {
    private final Validator validator;

    private ModelValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new NoElInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    public static ModelValidator create() {
        return new ModelValidator();
    }

    /** The underlying Jakarta validator, for hosts that want the raw violations. */
    public Validator validator() {
        return validator;
    }

    /** Every constraint violation in the value and what it holds, sorted by pointer. */
    public List<ValidationError> validate(Object value) {
        return validate(value, "");
    }

    /** The same, each pointer put under {@code prefix} (e.g. {@code "/data"}). */
    public List<ValidationError> validate(Object value, String prefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        List<ValidationError> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            String[] located = pointer(v.getPropertyPath());
            out.add(new ValidationError(prefix + located[0], located[1], v.getMessage()
                    + (v.getInvalidValue() == null || v.getInvalidValue() instanceof Iterable<?>
                    || v.getInvalidValue() instanceof java.util.Map<?, ?> ? ""
                    : " (rejected value: \"" + InvalidInputException.abbreviate(String.valueOf(v.getInvalidValue()))
                    + "\")")));
        }
        out.sort(Comparator.comparing(ValidationError::pointer).thenComparing(ValidationError::message));
        return out;
    }

    /** The value when it has no violation, else an {@link InvalidInputException} for the first one. */
    public <T> T requireValid(T value) {
        List<ValidationError> errors = validate(value);
        if (!errors.isEmpty()) {
            ValidationError e = errors.get(0);
            throw new InvalidInputException(null, e.pointer(), e.field(), null,
                    e.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        return value;
    }

    /**
     * Parameter interpolation without Jakarta EL. The only EL in the standard messages is the
     * {@code inclusive} switch of {@code @DecimalMin}/{@code @DecimalMax}, resolved here from the constraint.
     */
    private static final class NoElInterpolator implements jakarta.validation.MessageInterpolator {
        private static final String INCLUSIVE_EL = "${inclusive == true ? 'or equal to ' : ''}";
        private final ParameterMessageInterpolator delegate = new ParameterMessageInterpolator();

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, java.util.Locale.ROOT);
        }

        @Override
        public String interpolate(String template, Context context, java.util.Locale locale) {
            String t = template;
            if (t.startsWith("{jakarta.validation.constraints.Decimal") && t.endsWith(".message}")) {
                Object inclusive = context.getConstraintDescriptor().getAttributes().get("inclusive");
                String which = t.contains("DecimalMin") ? "greater than " : "less than ";
                t = "must be " + which + (Boolean.FALSE.equals(inclusive) ? "" : "or equal to ") + "{value}";
            }
            String out = delegate.interpolate(t, context, locale);
            return out.replace(INCLUSIVE_EL, "");
        }
    }

    /** The JSON pointer and the field name of a Bean Validation property path ({@code notes[3].text}). */
    static String[] pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        String field = null;
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object key = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (key != null) {
                    sb.append('/').append(escape(String.valueOf(key)));
                }
            }
            if (n.getName() != null && (n.getKind() == jakarta.validation.ElementKind.PROPERTY)) {
                sb.append('/').append(escape(n.getName()));
                field = n.getName();
            }
        }
        return new String[] {sb.toString(), field};
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
