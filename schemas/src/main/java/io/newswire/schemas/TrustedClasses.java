package io.newswire.schemas;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.2 refuses to instantiate generated classes that are not explicitly trusted (AVRO-4189).
 * The system property {@code org.apache.avro.SERIALIZABLE_PACKAGES} works only if set before Avro loads,
 * which a library cannot promise; adding our package to the global predicate works at any time.
 */
public final class TrustedClasses {
  private static volatile boolean installed;

  private TrustedClasses() {}

  public static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
        ClassSecurityValidator.getGlobal(),
        type -> type.getName().startsWith("io.newswire.schemas.")));
    installed = true;
  }
}
