package dev.newskit.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a newskit module as text: one line per public or protected type, constructor,
 * method and field of the packages the module exports, sorted, so that a change to the API is a
 * reviewed diff of the committed {@code <module>/api/<module>.api} file.
 *
 * <p>A JPMS module's exported packages are those its {@code module-info.class} exports to everyone;
 * a module without one (an automatic module) exports all its packages. Classes are loaded without
 * being initialised, from the module's compiled classes, with the module's dependencies taken from
 * the class loader given.
 *
 * <p>Run {@link #main} to rewrite the files: {@code mvn -B -q -pl build-tools -am
 * process-test-classes -P api-dump} from the repository root.
 */
public final class ApiDump {

  /** The published modules whose API is recorded, by directory name. */
  public static final List<String> MODULES = List.of("core", "i18n", "html", "warc", "spark");

  /**
   * Packages compiled with a module but left out of its library jar: the Spark job's command line ships
   * only in the {@code job} artifact, so it is no part of {@code newskit-spark}'s API.
   */
  static final Set<String> NOT_IN_LIBRARY_JARS = Set.of("dev.newskit.spark.job");

  /** The command that rewrites every API file from the current code. */
  public static final String UPDATE_COMMAND =
      "mvn -B -q -pl build-tools -am process-test-classes -P api-dump";

  private static final int TYPE_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;
  private static final int MEMBER_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;

  private ApiDump() {}

  /**
   * Writes {@code <root>/<module>/api/<module>.api} for every module of {@link #MODULES}.
   *
   * @param args the repository root (the directory holding the modules)
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ApiDump <repository root>");
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    for (String module : MODULES) {
      Path file = apiFile(root, module);
      Files.createDirectories(file.getParent());
      Files.writeString(file, of(root.resolve(module).resolve("target/classes"),
          ApiDump.class.getClassLoader()), StandardCharsets.UTF_8);
      System.out.println("wrote " + root.relativize(file));
    }
  }

  /** The committed API file of {@code module} under the repository root. */
  public static Path apiFile(Path root, String module) {
    return root.resolve(module).resolve("api").resolve(module + ".api");
  }

  /**
   * The API text of the compiled classes in {@code classes}.
   *
   * @param classes a module's class output directory ({@code target/classes})
   * @param dependencies where the module's dependencies are loaded from
   * @throws IllegalStateException when the directory is missing or a class cannot be loaded
   */
  public static String of(Path classes, ClassLoader dependencies) {
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("no compiled classes at " + classes + "; compile the module first");
    }
    Set<String> exported = exportedPackages(classes);
    List<String> names = classNames(classes).stream()
        .filter(name -> exported.contains(packageOf(name)) && !NOT_IN_LIBRARY_JARS.contains(packageOf(name)))
        .sorted()
        .collect(Collectors.toList());
    StringBuilder out = new StringBuilder();
    try (URLClassLoader loader = new ModuleFirstLoader(classes, dependencies)) {
      List<Class<?>> types = new ArrayList<>();
      for (String name : names) {
        Class<?> type = load(loader, name);
        if (isApi(type)) {
          types.add(type);
        }
      }
      types.sort(Comparator.comparing(ApiDump::name));
      for (Class<?> type : types) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(typeLine(type)).append('\n');
        for (String line : memberLines(type)) {
          out.append("  ").append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Set<String> exportedPackages(Path classes) {
    Path moduleInfo = classes.resolve("module-info.class");
    if (!Files.exists(moduleInfo)) {
      return classNames(classes).stream().map(ApiDump::packageOf).collect(Collectors.toSet());
    }
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(export -> !export.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + moduleInfo, e);
    }
  }

  private static List<String> classNames(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file).toString())
          .map(relative -> relative.substring(0, relative.length() - ".class".length())
              .replace(java.io.File.separatorChar, '.'))
          .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
          .collect(Collectors.toList());
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("cannot load " + name + " to read its API: " + e, e);
    }
  }

  /** A type is API when it and every type enclosing it can be reached from another package. */
  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      boolean reachable = t.getDeclaringClass() == null
          ? Modifier.isPublic(t.getModifiers())
          : (t.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
      if (!reachable) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(Member member) {
    return !member.isSynthetic()
        && (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0
        && !(member instanceof Method method && method.isBridge());
  }

  private static String typeLine(Class<?> type) {
    int modifiers = type.getModifiers() & TYPE_MODIFIERS;
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    } else if (type.isEnum()) {
      kind = "enum";
      modifiers &= ~(Modifier.FINAL | Modifier.STATIC | Modifier.ABSTRACT);
    } else if (type.isRecord()) {
      kind = "record";
      modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
    } else {
      kind = "class";
    }
    StringBuilder line = new StringBuilder(deprecated(type)).append(Modifier.toString(modifiers));
    if (type.isSealed()) {
      line.append(" sealed");
    }
    line.append(' ').append(kind).append(' ').append(name(type)).append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(name(superclass));
    }
    List<String> interfaces = Arrays.stream(type.getGenericInterfaces())
        .filter(i -> !type.isAnnotation())
        .map(ApiDump::name)
        .collect(Collectors.toList());
    if (!interfaces.isEmpty()) {
      line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(ApiDump::name).sorted().collect(Collectors.joining(", ")));
    }
    return line.toString().strip();
  }

  /** Fields, then constructors, then methods, each group sorted by its text. */
  private static List<String> memberLines(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.addAll(sorted(Arrays.stream(type.getDeclaredFields()).filter(ApiDump::isApi)
        .map(field -> deprecated(field) + modifiers(field.getModifiers(), type) + name(field.getGenericType())
            + ' ' + field.getName())));
    lines.addAll(sorted(Arrays.stream(type.getDeclaredConstructors()).filter(ApiDump::isApi)
        .map(constructor -> executable(constructor, type))));
    lines.addAll(sorted(Arrays.stream(type.getDeclaredMethods()).filter(ApiDump::isApi)
        .map(method -> executable(method, type))));
    return lines;
  }

  private static List<String> sorted(Stream<String> lines) {
    return lines.collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.toList());
  }

  private static String modifiers(int raw, Class<?> owner) {
    int modifiers = raw & MEMBER_MODIFIERS;
    if (owner.isInterface()) {
      modifiers &= ~Modifier.ABSTRACT;
    }
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + ' ';
  }

  private static String executable(Executable executable, Class<?> owner) {
    StringBuilder line = new StringBuilder(deprecated(executable)).append(modifiers(executable.getModifiers(), owner));
    if (executable instanceof Method method && method.isDefault()) {
      line.append("default ");
    }
    String typeParameters = typeParameters(executable.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      line.append(typeParameters.substring(1)).append(' ');
    }
    if (executable instanceof Method method) {
      line.append(name(method.getGenericReturnType())).append(' ').append(method.getName());
    } else {
      line.append(((Constructor<?>) executable).getDeclaringClass().getSimpleName());
    }
    Type[] parameters = executable.getGenericParameterTypes();
    if (parameters.length != executable.getParameterCount()) {
      // Inner-class and enum constructors: the generic signature leaves out the implicit parameters.
      parameters = executable.getParameterTypes();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      String name = name(parameters[i]);
      if (executable.isVarArgs() && i == parameters.length - 1 && name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      names.add(name);
    }
    line.append('(').append(String.join(", ", names)).append(')');
    Type[] exceptions = executable.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      line.append(" throws ").append(Arrays.stream(exceptions).map(ApiDump::name).sorted()
          .collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  /** Deprecation is part of the API: it tells users to move before the thing goes. */
  private static String deprecated(java.lang.reflect.AnnotatedElement element) {
    return element.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "";
  }

  /** {@code " <T extends Bound>"} with a leading space, or empty. */
  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(variable -> {
      List<String> bounds = Arrays.stream(variable.getBounds())
          .filter(bound -> bound != Object.class)
          .map(ApiDump::name)
          .collect(Collectors.toList());
      return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds);
    }).collect(Collectors.joining(", ", " <", ">"));
  }

  private static String name(Type type) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        return name(c.getComponentType()) + "[]";
      }
      return c.getCanonicalName() != null ? c.getCanonicalName() : c.getName();
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      String base = p.getOwnerType() instanceof ParameterizedType owner
          ? name(owner) + '.' + raw.getSimpleName()
          : name(raw);
      return base + Arrays.stream(p.getActualTypeArguments()).map(ApiDump::name)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + name(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + name(upper);
    }
    if (type instanceof GenericArrayType a) {
      return name(a.getGenericComponentType()) + "[]";
    }
    if (type instanceof TypeVariable<?> v) {
      return v.getName();
    }
    return type.getTypeName();
  }

  /** Loads the module's own classes from its directory before asking the dependencies' loader. */
  private static final class ModuleFirstLoader extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    ModuleFirstLoader(Path classes, ClassLoader dependencies) {
      super(new URL[] {url(classes)}, dependencies);
    }

    private static URL url(Path classes) {
      try {
        return classes.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(classes.toString(), e);
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null && name.startsWith("dev.newskit.")) {
          try {
            loaded = findClass(name);
          } catch (ClassNotFoundException notHere) {
            // another newskit module: the dependencies' loader has it
          }
        }
        if (loaded == null) {
          loaded = getParent().loadClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
