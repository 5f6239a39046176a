package dev.newskit.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The null convention's check every module's tests share (through core's test jar): a null argument where none is
 * allowed is a {@link NullPointerException} whose message starts with the parameter's name.
 */
public final class NullArguments {
  private NullArguments() {}

  /** One row of a module's parameterised null test: the entry point's label, the parameter's name, the call. */
  public static Arguments call(String entryPoint, String parameter, Executable call) {
    return Arguments.of(entryPoint, parameter, call);
  }

  /** Asserts that {@code call} throws a {@link NullPointerException} naming {@code parameter}, and returns it. */
  public static NullPointerException assertNamesParameter(String entryPoint, String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call, entryPoint);
    assertTrue(e.getMessage() != null && e.getMessage().startsWith(parameter), entryPoint + ": " + e.getMessage());
    return e;
  }
}
