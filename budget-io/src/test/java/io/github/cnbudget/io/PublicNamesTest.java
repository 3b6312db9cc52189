package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.testkit.Gen;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The simple names users meet: no public type of the modules' exported packages (model, rules, io,
 * testkit) is named as a type of the JDK packages they import every day, or as another public type of
 * the library, so that no import needs a qualified name to tell them apart.
 */
class PublicNamesTest {
  private static final List<String> JDK = List.of("java.lang", "java.util", "java.util.function", "java.util.stream",
      "java.io", "java.nio.file", "java.time", "java.math", "java.text", "java.net");

  @Test
  void exportedTypes_clashWithNoJdkTypeNorWithEachOther() throws Exception {
    Map<String, List<String>> byName = new TreeMap<>();
    for (Class<?> anchor : List.of(Disclosure.class, Rules.class, CodecException.class, Gen.class)) {
      for (String type : exportedTypes(anchor)) {
        Class<?> c = Class.forName(type, false, anchor.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null) {
          byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
        }
      }
    }
    assertThat(byName).hasSizeGreaterThan(100);
    Map<String, List<String>> twice = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(twice).isEmpty();
    List<String> jdk = new ArrayList<>();
    for (String name : byName.keySet()) {
      for (String p : JDK) {
        try {
          Class.forName(p + "." + name, false, ClassLoader.getPlatformClassLoader());
          jdk.add(p + "." + name + " ~ " + byName.get(name));
        } catch (ClassNotFoundException e) {
          // no such JDK type: the name is free
        }
      }
    }
    assertThat(jdk).isEmpty();
  }

  /** The classes of the exported (unqualified) packages of the module holding {@code anchor}. */
  private static List<String> exportedTypes(Class<?> anchor) throws IOException, URISyntaxException {
    Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference ref = ModuleFinder.of(where).findAll().iterator().next();
    Set<String> exported = ref.descriptor().exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    try (ModuleReader reader = ref.open()) {
      return reader.list().filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> exported.contains(n.substring(0, n.lastIndexOf('.'))))
          .collect(Collectors.toList());
    }
  }
}
