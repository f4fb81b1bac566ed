package dev.claudemigrate.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates command objects, handing the {@link Environment} to those whose constructor takes it. */
final class CommandFactory implements CommandLine.IFactory {
  private final Environment environment;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Environment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      Constructor<K> c = cls.getDeclaredConstructor(Environment.class);
      c.setAccessible(true);
      return c.newInstance(environment);
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
