package io.github.cnbudget.validation;

import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Bean Validation for budget data (字段级校验): a Hibernate Validator instance set up for this
 * library's value types, and the conversion of constraint violations into findings, so that
 * field-level facts land in the same {@link io.github.cnbudget.rules.finding.ValidationReport} as
 * the document rules.
 *
 * <p>Two things differ from {@code Validation.buildDefaultValidatorFactory()}:
 * <ul>
 *   <li>Accessors without {@code get} ({@code total()}, as in records and Immutables types) are
 *       properties: Hibernate Validator would otherwise silently skip their constraints.
 *   <li>Messages come from this module's {@code ValidationMessages} bundles (zh and en; the
 *       standard factory reads the same bundles) and are never evaluated as expression language,
 *       so text from a document cannot inject anything.
 * </ul>
 *
 * <p>Bean Validation costs about a microsecond per object: use it for field-level facts and
 * users' own beans, not on every line item of a large batch. Thread-safe.
 */
public final class BudgetValidation {
  /** The finding code of a constraint violation. */
  public static final String CODE = "constraint-violation";

  /** The rule id findings from Bean Validation carry. */
  public static final String RULE_ID = "bean-validation";

  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone", "notify",
      "notifyAll", "wait", "finalize", "builder");

  private BudgetValidation() {}

  /** Lazily built, because bootstrapping Hibernate Validator takes a few hundred milliseconds. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .messageInterpolator(new BundleInterpolator())
        .buildValidatorFactory();
  }

  /**
   * The shared validator.
   *
   * @return a thread-safe validator that sees accessor-style getters
   */
  public static Validator validator() {
    return Holder.FACTORY.getValidator();
  }

  /**
   * Validates a bean and returns its violations as findings.
   *
   * @param bean the object to validate
   * @return one ERROR finding per violation, in no particular order
   */
  public static List<Finding> validate(Object bean) {
    return toFindings(validator().validate(bean));
  }

  /**
   * Converts violations into findings: code {@value #CODE}, rule {@value #RULE_ID}, severity ERROR,
   * the property path as pointer ({@code items[2].code} → {@code /items/2/code}), arguments: the
   * bean type, the English message and the invalid value.
   *
   * @param violations the violations
   * @param <T> the bean type
   * @return the findings
   */
  public static <T> List<Finding> toFindings(Collection<ConstraintViolation<T>> violations) {
    List<Finding> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<T> v : violations) {
      String pointer = pointer(v.getPropertyPath());
      Location l = Location.at(pointer);
      if (!pointer.isEmpty()) {
        l = l.withColumn(pointer.substring(pointer.lastIndexOf('/') + 1));
      }
      out.add(Finding.builder(CODE, RULE_ID, Severity.ERROR).location(l)
          .arguments(v.getRootBeanClass().getSimpleName(), v.getMessage(), String.valueOf(v.getInvalidValue()))
          .build());
    }
    return out;
  }

  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.getName() != null && !n.getName().isEmpty() && !n.getName().startsWith("<")) {
        b.append('/').append(n.getName());
      }
      if (n.getIndex() != null) {
        b.append('/').append(n.getIndex());
      } else if (n.getKey() != null) {
        b.append('/').append(n.getKey());
      }
    }
    return b.toString();
  }

  /** Accepts every public no-argument, non-void instance accessor as a property (records, Immutables). */
  static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      String name = executable.getName();
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(name)) {
        return Optional.empty();
      }
      if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
        return Optional.of(Character.toLowerCase(name.charAt(3)) + name.substring(4));
      }
      if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
          && (executable.getReturnType() == boolean.class || executable.getReturnType() == Boolean.class)) {
        return Optional.of(Character.toLowerCase(name.charAt(2)) + name.substring(3));
      }
      return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      String cap = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
      return List.of(propertyName, "get" + cap, "is" + cap);
    }
  }

  /**
   * Resolves {@code {key}} templates from this module's {@code ValidationMessages} bundles (Chinese
   * for any {@code zh} locale, English otherwise); anything else is returned as written. No
   * expression language is ever evaluated.
   */
  static final class BundleInterpolator implements MessageInterpolator {
    private static final Properties EN = load("ValidationMessages.properties");
    private static final Properties ZH = load("ValidationMessages_zh.properties");

    /**
     * Every bundle of this name on the class path, merged: an application's own ValidationMessages
     * may come first, and must not hide ours (our keys are all under io.github.cnbudget.validation).
     */
    private static Properties load(String name) {
      Properties merged = new Properties();
      try {
        Enumeration<URL> bundles = BudgetValidation.class.getClassLoader().getResources(name);
        while (bundles.hasMoreElements()) {
          Properties p = new Properties();
          try (InputStream in = bundles.nextElement().openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
          p.forEach(merged::putIfAbsent);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read message bundle " + name, e);
      }
      if (!merged.containsKey("io.github.cnbudget.validation.BudgetName.message")) {
        throw new IllegalStateException("Missing message bundle " + name);
      }
      return merged;
    }

    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, Locale.ENGLISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      if (template.length() > 2 && template.charAt(0) == '{' && template.charAt(template.length() - 1) == '}') {
        String key = template.substring(1, template.length() - 1);
        String message = ("zh".equals(locale.getLanguage()) ? ZH : EN).getProperty(key);
        if (message != null) {
          return message;
        }
      }
      return template;
    }
  }
}
