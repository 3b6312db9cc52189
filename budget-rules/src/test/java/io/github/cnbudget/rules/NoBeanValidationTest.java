package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A user of the model and the rules alone gets no Bean Validation: this module's class path (its
 * dependencies, with the test ones, which add none of these) holds no Hibernate Validator, no
 * Bean Validation API and no expression language, and the rules still validate a document.
 * The enforcer's bannedDependencies in this module's pom keeps the published dependencies so.
 */
class NoBeanValidationTest {
  @Test
  void classPath_holdsNoValidatorProviderApiOrEl() {
    for (String name : new String[] {"org.hibernate.validator.HibernateValidator", "jakarta.validation.Validation",
        "jakarta.el.ExpressionFactory", "org.glassfish.expressly.ExpressionFactoryImpl"}) {
      assertThatThrownBy(() -> Class.forName(name, false, Rule.class.getClassLoader()))
          .as(name).isInstanceOf(ClassNotFoundException.class);
    }
    assertThat(Rules.defaults().validate(Fixtures.consistent()).hasErrors()).isFalse();
  }
}
